@document:access-catalog-3 @capability:late-payment @pixit:legal-maximum-rate=none
Feature: Late payment penalty (2.4.1(C)(2), rounded per 2.4.1(G))
  The portion of a payment not received by the payment date, or received in funds that are not
  immediately available, bears a penalty: that portion times a late factor, the lesser of the
  legal maximum rate and $0.000292 per day, each compounded daily for the days from the payment
  date to and including the day of payment.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-06-04
    And the bill is for $1,000.00

  Rule: 2.4.1(C)(2) - a payment after the payment date bears the late factor, compounded daily

    @clause:2.4.1(C)(2) @clause:2.4.1(G) @clause:2.4.1(C)(1) @tp:AC3-LATE-001 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario Outline: the days late decide the penalty (payment date 2025-07-03)
      When the customer pays $1,000.00 on <paid on>
      Then the payment date is 2025-07-03
      And the late payment penalty is <penalty>

      Examples: $1,000.00 x ((1 + 0.000292)^days - 1), rounded to the penny
        | paid on    | penalty | days |
        | 2025-07-02 | $0.00   | 0    |
        | 2025-07-03 | $0.00   | 0    |
        | 2025-07-04 | $0.29   | 1    |
        | 2025-07-13 | $2.92   | 10   |

    @clause:2.4.1(C)(2) @tp:AC3-LATE-002 @interpretation:late-factor-compounding=compound @interpretation:late-factor-day-count=after-start
    Scenario: a year late, daily compounding is worth more than simple interest
      Given the bill is for $10,000.00
      When the customer pays $10,000.00 on 2026-07-03
      Then the late payment penalty is $1,124.50

    @clause:2.4.1(C)(2) @tp:AC3-LATE-003 @interpretation:late-factor-compounding=simple @interpretation:late-factor-day-count=after-start
    Scenario: under the simple reading a year late is 365 times the daily rate
      Given the bill is for $10,000.00
      When the customer pays $10,000.00 on 2026-07-03
      Then the late payment penalty is $1,065.80

    @clause:2.4.1(C)(2) @tp:AC3-LATE-004 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario: only the portion received after the payment date bears the penalty
      When the customer pays $600.00 on 2025-07-01
      And the customer pays $400.00 on 2025-07-13
      Then the late payment penalty is $1.17

    @clause:2.4.1(C)(2) @tp:AC3-LATE-005 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario: funds that are not immediately available are late until they are
      When the customer pays $1,000.00 on 2025-07-03 in funds that become available on 2025-07-08
      Then the late payment penalty is $1.46

    @clause:2.4.1(C)(2) @tp:AC3-LATE-006 @interpretation:late-factor-day-count=both-ends @interpretation:late-factor-compounding=compound
    Scenario: counting both ends, one day late is two days of the factor
      When the customer pays $1,000.00 on 2025-07-04
      Then the late payment penalty is $0.58
