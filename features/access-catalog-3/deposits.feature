@document:access-catalog-3 @capability:deposits
Feature: Deposits (2.4.1(A))
  Only a customer with a proven history of late payments, or without established credit, may be
  asked for a deposit, never the successor of a creditworthy company. A deposit is at most two
  months of charges, is refunded after a one-year prompt payment record, and a cash deposit earns
  the lesser late-factor rate compounded daily until it is credited or refunded.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2026-01-15

  Rule: 2.4.1(A) - who may be asked for a deposit, and how much

    @clause:2.4.1(A) @tp:AC3-DEP-001
    Scenario: a customer with late payments may be asked for two months of charges
      Given the customer has a proven history of late payments
      And a cash deposit of $5,000.00 received on 2025-01-15 for service with monthly charges of $2,000.00
      When the bill is rendered
      Then the deposit is permitted
      And the deposit may not exceed $4,000.00

    @clause:2.4.1(A) @tp:AC3-DEP-002
    Scenario: a customer without established credit may be asked for a deposit
      Given the customer has no established credit
      And a cash deposit of $1,000.00 received on 2025-01-15 for service with monthly charges of $800.00
      When the bill is rendered
      Then the deposit is permitted
      And the deposit may not exceed $1,600.00

    @clause:2.4.1(A) @tp:AC3-DEP-003
    Scenario: the successor of a creditworthy company may not be asked for a deposit
      Given the customer succeeds a company with established credit and no late payments
      And a cash deposit of $1,000.00 received on 2025-01-15 for service with monthly charges of $800.00
      When the bill is rendered
      Then no deposit may be required

    @clause:2.4.1(A) @tp:AC3-DEP-004
    Scenario: a creditworthy customer may not be asked for a deposit
      Given the customer has established credit and no late payments
      And a cash deposit of $1,000.00 received on 2025-01-15 for service with monthly charges of $800.00
      When the bill is rendered
      Then no deposit may be required

  Rule: 2.4.1(A) - interest and refund of a cash deposit

    @clause:2.4.1(A) @tp:AC3-DEP-010 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound @pixit:legal-maximum-rate=none
    Scenario: a year's interest at $0.000292 a day compounded daily
      Given the customer has a proven history of late payments
      And the customer has 12 consecutive months of prompt payment
      And a cash deposit of $4,000.00 received on 2025-01-15 for service with monthly charges of $2,000.00
      When the deposit is refunded on 2026-01-15
      Then the deposit earns interest of $449.80
      And the deposit is due for refund

    @clause:2.4.1(A) @tp:AC3-DEP-011
    Scenario: eleven months of prompt payment do not yet earn a refund
      Given the customer has a proven history of late payments
      And the customer has 11 consecutive months of prompt payment
      And a cash deposit of $4,000.00 received on 2025-01-15 for service with monthly charges of $2,000.00
      When the bill is rendered
      Then the deposit is not yet due for refund
      And the deposit earns interest of $0.00

    @clause:2.4.1(A) @tp:AC3-DEP-012 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound @pixit:legal-maximum-rate=none
    Scenario Outline: interest runs to the day the deposit is refunded, whatever the bill date
      Given the customer has a proven history of late payments
      And the customer has 12 consecutive months of prompt payment
      And a cash deposit of $4,000.00 received on 2025-01-15 for service with monthly charges of $2,000.00
      When the deposit is refunded on <refunded>
      Then the deposit earns interest of <interest>

      Examples: $4,000.00 x ((1 + 0.000292)^days - 1) "to and including the date such deposit is ... refunded"; the bill is dated 2026-01-15
        | refunded   | interest | days | why                                |
        | 2025-01-15 | $0.00    | 0    | refunded the day it was received   |
        | 2025-01-16 | $1.17    | 1    | one day                            |
        | 2025-07-15 | $217.06  | 181  | before the bill date               |
        | 2026-03-02 | $509.96  | 411  | after the bill date                |

    @clause:2.4.1(A) @tp:AC3-DEP-013
    Scenario Outline: the refund is due after a one-year prompt payment record - <months> months
      Given the customer has a proven history of late payments
      And the customer has <months> consecutive months of prompt payment
      And a cash deposit of $4,000.00 received on 2025-01-15 for service with monthly charges of $2,000.00
      When the bill is rendered
      Then the deposit is <refund>

      Examples:
        | months | refund                 |
        | 11     | not yet due for refund |
        | 12     | due for refund         |
        | 13     | due for refund         |
