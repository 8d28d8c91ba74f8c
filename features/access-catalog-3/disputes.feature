@document:access-catalog-3 @capability:disputes @pixit:legal-maximum-rate=none
Feature: Billing disputes (2.4.1(D) and 2.4.1(E))
  Withheld amounts of a dispute resolved for the Telephone Company bear late payment charges,
  from 10 days after the payment date when the customer disputed and paid the undisputed amount
  in time. An overpayment of a dispute resolved for the customer is refunded with penalty
  interest from the payment date, or from the later of the claim and the overpayment when the
  claim came more than 90 days after the due date.

  Its bill is dated so that no weekend or Legal Holiday moves the payment date the penalties count
  from, and that date is stated as a prerequisite (2.4.1(C)(1) is checked in payment_dates.feature).

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-05-05
    And the bill is for $1,000.00
    And the checks below count from its payment date, 2025-06-05 (2.4.1(C)(1))

  Rule: 2.4.1(D) - the 10-day rule for amounts withheld in a dispute

    @clause:2.4.1(D) @tp:AC3-DISP-001 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario Outline: disputing and paying the undisputed amount by the payment date delays the penalty 10 days
      When the customer disputes $400.00 on <disputed on> and withholds it
      And the customer pays $600.00 on <undisputed paid on>
      And the dispute is resolved for the Telephone Company and the customer pays the withheld amount on 2025-07-05
      Then the penalty on the withheld amount is <penalty>

      Examples: $400.00 x ((1 + 0.000292)^days - 1)
        | disputed on | undisputed paid on | penalty | days | why                                              |
        | 2025-05-23  | 2025-06-03         | $2.34   | 20   | from 2025-06-15, ten days after the payment date |
        | 2025-06-05  | 2025-06-05         | $2.34   | 20   | disputed and paid on the payment date itself     |
        | 2025-06-07  | 2025-06-03         | $3.52   | 30   | disputed after the payment date                  |
        | 2025-05-23  | 2025-06-10         | $3.52   | 30   | undisputed amount paid late                      |

    @clause:2.4.1(D) @tp:AC3-DISP-002 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario Outline: the withheld amount paid around the tenth day after the payment date
      When the customer disputes $400.00 on 2025-05-23 and withholds it
      And the customer pays $600.00 on 2025-06-03
      And the dispute is resolved for the Telephone Company and the customer pays the withheld amount on <paid>
      Then the penalty on the withheld amount is <penalty>

      @negative
      Examples: "shall not begin until 10 days following the payment date" (2025-06-05): from 2025-06-15, none due
        | paid       | penalty | why                                 |
        | 2025-06-14 | $0.00   | before the period begins            |
        | 2025-06-15 | $0.00   | the day it begins: no day after it  |

      Examples: "shall not begin until 10 days following the payment date" (2025-06-05): from 2025-06-15
        | paid       | penalty | why                                 |
        | 2025-06-16 | $0.12   | one day: $400.00 x 0.000292         |

  Rule: 2.4.1(E) - penalty interest on an overpayment refunded to the customer

    @clause:2.4.1(E) @tp:AC3-DISP-010 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario Outline: the 90-day claim rule decides when interest starts
      When the customer pays $1,000.00 on 2025-06-03
      And the customer paid the whole bill and disputes $250.00 on <claim filed>
      And the dispute is resolved for the customer and the Telephone Company refunds on <refunded>
      Then the Telephone Company refunds $250.00 with penalty interest of <interest>

      Examples: $250.00 x ((1 + 0.000292)^days - 1); the due date is 2025-06-05
        | claim filed | refunded   | interest | days | why                                      |
        | 2025-07-18  | 2025-09-02 | $6.58    | 89   | within 90 days: from the payment date    |
        | 2025-09-03  | 2025-09-03 | $6.66    | 90   | day 90 is within 90 days                 |
        | 2025-09-04  | 2025-10-04 | $2.20    | 30   | day 91: from the claim date              |
        | 2025-09-17  | 2025-10-17 | $2.20    | 30   | later claim: from the claim date         |
