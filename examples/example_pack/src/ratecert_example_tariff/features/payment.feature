@document:example-tariff-1
Feature: Example Tariff No. 1 - payment (4.1, 4.2)

  @clause:4.1 @tp:ET1-PAY-001 @capability:payment-dates
  Scenario Outline: twenty days after the bill date, off Sundays and federal holidays
    Given a bill dated <billed>
    When the bill is rendered
    Then the payment date is <due>

    Examples:
      | billed     | due        | why                                   |
      | 2026-12-01 | 2026-12-21 | a Monday                              |
      | 2026-12-07 | 2026-12-28 | Sunday the 27th moves to the Monday   |
      | 2026-11-06 | 2026-11-27 | Thursday the 26th is Thanksgiving Day |

  @clause:4.1 @tp:ET1-PAY-002 @capability:payment-dates @interpretation:example-saturday=business-day
  Scenario: a Saturday payment date stays, a Saturday being a business day
    Given a bill dated 2026-12-06
    When the bill is rendered
    Then the payment date is 2026-12-26

  @clause:4.1 @tp:ET1-PAY-003 @capability:payment-dates @interpretation:example-saturday=closed
  Scenario: read as closed, a Saturday payment date moves to the Monday
    Given a bill dated 2026-12-06
    When the bill is rendered
    Then the payment date is 2026-12-28

  @clause:4.2 @tp:ET1-LATE-001 @capability:late-payment
  Scenario Outline: one percent of what the payment date left unpaid, at least $1.00
    Given a bill dated 2026-12-01
    And the bill is for <billed>
    When the customer pays <paid> on 2026-12-21
    And the customer pays <rest> on 2026-12-30
    Then the late payment penalty is <charge>

    Examples:
      | billed    | paid    | rest    | charge | why                          |
      | $1,000.00 | $500.00 | $500.00 | $5.00  | 1% of $500                   |
      | $150.00   | $50.00  | $100.00 | $1.00  | 1% is $1.00: the minimum     |
      | $120.00   | $40.00  | $80.00  | $1.00  | 1% is $0.80: raised to $1.00 |
