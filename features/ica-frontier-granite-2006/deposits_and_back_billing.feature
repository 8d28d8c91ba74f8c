@document:ica-frontier-granite-2006
Feature: Deposits (General Terms 3) and back-billing interest (Attachment 3, 3.1.1)
  A deposit may not exceed two months' estimated billing and is returned after 24 consecutive
  months of timely payment of undisputed bills. Back billing after a class of service violation
  bears interest at the lesser of 1.5% a month and 18% a year, compounded daily to and including
  the payment date - the one ICA interest clause that says "compounded".

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-04-01

  @clause:3.2 @tp:ICA-DEP-001 @capability:deposits
  Scenario: two months' estimated billing at most
    Given the customer has no established credit
    And a cash deposit of $2,000.00 received on 2025-01-02 for service with monthly charges of $1,500.00
    When the bill is rendered
    Then the deposit is permitted
    And the deposit may not exceed $3,000.00

  @clause:3.1 @tp:ICA-DEP-002 @capability:deposits
  Scenario Outline: returned after 24 consecutive months, not after the tariff's twelve
    Given the customer has <months> consecutive months of prompt payment
    And a cash deposit of $2,000.00 received on 2023-01-02 for service with monthly charges of $1,500.00
    When the bill is rendered
    Then the deposit is <status>

    Examples:
      | months | status                    |
      | 12     | not yet due for refund    |
      | 23     | not yet due for refund    |
      | 24     | due for refund            |
      | 25     | due for refund            |

  @clause:A3-3.1.1 @tp:ICA-BACK-001 @capability:back-billing @interpretation:ica-backbill-rate=annual-over-365 @pixit:legal-maximum-rate=none
  Scenario: compounded daily over thirty days
    Given a class of service violation back billed $500.00 on 2025-03-01
    And Carrier pays the back billing on 2025-03-31
    When the bill is rendered
    Then the back-billing interest is $7.45

  @clause:A3-3.1.1 @tp:ICA-BACK-002 @capability:back-billing @interpretation:ica-backbill-rate=monthly-over-30 @pixit:legal-maximum-rate=none
  Scenario: compounded daily at 1.5% a month over thirty days
    500 x ((1 + 0.015 / 30) ^ 30 - 1) = 500 x 0.0151093 = 7.5546.
    Given a class of service violation back billed $500.00 on 2025-03-01
    And Carrier pays the back billing on 2025-03-31
    When the bill is rendered
    Then the back-billing interest is $7.55
