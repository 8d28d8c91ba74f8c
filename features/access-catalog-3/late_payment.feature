@document:access-catalog-3 @capability:late-payment @pixit:legal-maximum-rate=none
Feature: Late payment penalty (2.4.1(C)(2), rounded per 2.4.1(G))
  The portion of a payment not received by the payment date, or received in funds that are not
  immediately available, bears a penalty: that portion times a late factor, the lesser of the
  legal maximum rate and $0.000292 per day, each compounded daily for the days from the payment
  date to and including the day of payment.

  A late payment scenario is not a payment date test: its bill is dated so that no weekend or Legal
  Holiday moves the payment date (2.4.1(C)(1) is checked in payment_dates.feature), and the date
  it counts from is stated, so a system that gets the date wrong fails here naming that prerequisite.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-05-05
    And the bill is for $1,000.00
    And the checks below count from its payment date, 2025-06-05 (2.4.1(C)(1))

  Rule: 2.4.1(C)(2) - a payment after the payment date bears the late factor, compounded daily

    @clause:2.4.1(C)(2) @clause:2.4.1(G) @tp:AC3-LATE-001 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario Outline: the days late decide the penalty (payment date 2025-06-05)
      When the customer pays $1,000.00 on <paid on>
      Then the late payment penalty is <penalty>

      @negative
      Examples: paid by the payment date: nothing is due
        | paid on    | penalty | days |
        | 2025-06-04 | $0.00   | 0    |
        | 2025-06-05 | $0.00   | 0    |

      Examples: $1,000.00 x ((1 + 0.000292)^days - 1), rounded to the penny
        | paid on    | penalty | days |
        | 2025-06-06 | $0.29   | 1    |
        | 2025-06-15 | $2.92   | 10   |

    @clause:2.4.1(C)(2) @tp:AC3-LATE-002 @interpretation:late-factor-compounding=compound @interpretation:late-factor-day-count=after-start
    Scenario: a year late, daily compounding is worth more than simple interest
      Given the bill is for $10,000.00
      When the customer pays $10,000.00 on 2026-06-05
      Then the late payment penalty is $1,124.50

    @clause:2.4.1(C)(2) @tp:AC3-LATE-003 @interpretation:late-factor-compounding=simple @interpretation:late-factor-day-count=after-start
    Scenario: under the simple reading a year late is 365 times the daily rate
      Given the bill is for $10,000.00
      When the customer pays $10,000.00 on 2026-06-05
      Then the late payment penalty is $1,065.80

    @clause:2.4.1(C)(2) @tp:AC3-LATE-004 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario: only the portion received after the payment date bears the penalty
      When the customer pays $600.00 on 2025-06-03
      And the customer pays $400.00 on 2025-06-15
      Then the late payment penalty is $1.17

    @clause:2.4.1(C)(2) @tp:AC3-LATE-005 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario: funds that are not immediately available are late until they are
      When the customer pays $1,000.00 on 2025-06-05 in funds that become available on 2025-06-10
      Then the late payment penalty is $1.46

    @clause:2.4.1(C)(2) @tp:AC3-LATE-006 @interpretation:late-factor-day-count=both-ends @interpretation:late-factor-compounding=compound
    Scenario: counting both ends, one day late is two days of the factor
      When the customer pays $1,000.00 on 2025-06-06
      Then the late payment penalty is $0.58
