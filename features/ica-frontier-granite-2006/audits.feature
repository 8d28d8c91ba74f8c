@document:ica-frontier-granite-2006 @capability:audits
Feature: Audits of inter-Party billing (General Terms 7.1, 7.2, 7.4, 7.6)
  Each Party may audit the other's billing once a year, at the conclusion of the calendar year it
  examines, no later than thirty days after notice,
  and once more in the same calendar year if the previous audit found net variances in favour of
  the Audited Party of no less than 5% of what the Auditing Party paid. An overpayment comes back
  as a credit on the invoice for the first full billing cycle after the results are agreed, with
  interest at 0.5% a month. Carrier audits Frontier here, so the credit is on Frontier's bill.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2026-03-05
    And Carrier gives notice on 2026-01-12 of an audit of Frontier's billing

  Rule: 7.1 and 7.4 - once a year, and once more after a variance of 5% or more

    @clause:7.1 @tp:ICA-AUD-001
    Scenario: the first audit of the year, within thirty days of its notice
      When the bill is rendered
      Then the decision "audit-allowed" on "audit-1" is "yes"
      And the decision "held-by" on "audit-1" is "2026-02-11"

    @clause:7.1 @tp:ICA-AUD-004 @interpretation:ica-audit-year=just-concluded
    Scenario Outline: the annual audit of the calendar year just concluded - noticed on <notice>, of <year>
      Given Carrier gives notice on <notice> of an audit of Frontier's billing
      And the audit examines Frontier's billing of <year>
      When the bill is rendered
      Then the decision "audit-allowed" on "audit-2" is "<allowed>"

      Examples: "once each year at the conclusion of each calendar year"
        | notice     | year | allowed | why                                        |
        | 2025-12-31 | 2025 | no      | the last day of the year: not concluded    |
        | 2026-01-01 | 2025 | yes     | the year has concluded                     |
        | 2026-01-12 | 2026 | no      | the year audited is still running          |
        | 2026-01-12 | 2024 | no      | not the year just concluded                |

    @clause:7.1 @tp:ICA-AUD-005 @interpretation:ica-audit-year=concluded
    Scenario Outline: read the other way, any concluded year - noticed on 2026-01-12, of <year>
      Given Carrier gives notice on 2026-01-12 of an audit of Frontier's billing
      And the audit examines Frontier's billing of <year>
      When the bill is rendered
      Then the decision "audit-allowed" on "audit-2" is "<allowed>"

      Examples:
        | year | allowed |
        | 2024 | yes     |
        | 2025 | yes     |
        | 2026 | no      |

    @clause:7.4 @tp:ICA-AUD-002
    Scenario Outline: the additional audit
      Given Carrier already audited Frontier this year, finding <variance> in Frontier's favour on <payable> payable
      When the bill is rendered
      Then the decision "audit-allowed" on "audit-1" is "<allowed>"

      Examples:
        | variance   | payable     | allowed | why                                   |
        | $5,000.00  | $100,000.00 | yes     | exactly 5%: "no less than" includes it |
        | $4,999.99  | $100,000.00 | no      | just under 5%                         |
        | $12,000.00 | $100,000.00 | yes     | well over                             |
        | -$6,000.00 | $100,000.00 | no      | the variance favoured the Auditing Party |

    @clause:7.4 @tp:ICA-AUD-003
    Scenario: never a third audit in a calendar year
      Given Carrier already held both audits of this year
      When the bill is rendered
      Then the decision "audit-allowed" on "audit-1" is "no"

  Rule: 7.2 - credited on the invoice for the first full billing cycle after the results are agreed

    @clause:7.2 @tp:ICA-AUD-010 @interpretation:ica-audit-credit-cycle=cycle-starts-after
    Scenario Outline: which invoice carries the credit
      Given the audit found $1,000.00 overpaid on 2025-09-20, results agreed on <agreed>
      When the bill is rendered
      Then the decision "credit-on-invoice" on "audit-1" is "<invoice>"

      Examples:
        | agreed     | invoice    | why                                                        |
        | 2026-01-10 | 2026-03-05 | the cycle ending February 5 began before the agreement     |
        | 2026-02-05 | 2026-03-05 | agreed on a bill date: the next cycle begins the day after |
        | 2026-02-06 | 2026-04-05 | a day later: the cycle ending March 5 is no longer full    |

    @clause:7.2 @tp:ICA-AUD-011 @interpretation:ica-audit-credit-cycle=next-invoice
    Scenario: under the next-invoice reading
      Given the audit found $1,000.00 overpaid on 2025-09-20, results agreed on 2026-01-10
      When the bill is rendered
      Then the decision "credit-on-invoice" on "audit-1" is "2026-02-05"

    @clause:7.2 @tp:ICA-AUD-012 @interpretation:ica-audit-credit-cycle=cycle-starts-after @negative
    Scenario: not on an earlier bill
      Given the audit found $1,000.00 overpaid on 2025-09-20, results agreed on 2026-02-06
      When the bill is rendered
      Then no audit overpayment is credited on this bill

  Rule: 7.6 - interest at 0.5% a month
    166 days from September 20, 2025 to the invoice of March 5, 2026: 10,000 x 0.06 x 166 / 365 =
    272.8767 by the day; 54 days from the agreement of January 10: 88.7671.

    @clause:7.6 @clause:7.2 @tp:ICA-AUD-020 @interpretation:ica-audit-credit-cycle=cycle-starts-after @interpretation:ica-audit-interest-start=overpaid @interpretation:ica-audit-interest-basis=simple-daily
    Scenario: by the day, from the overpayment to the crediting invoice
      Given the audit found $10,000.00 overpaid on 2025-09-20, results agreed on 2026-01-10
      When the bill is rendered
      Then the audit overpayment of $10,000.00 is credited with interest of $272.88

    @clause:7.6 @tp:ICA-AUD-022 @interpretation:ica-audit-credit-cycle=cycle-starts-after @interpretation:ica-audit-interest-start=overpaid @interpretation:ica-audit-interest-basis=started-months
    Scenario: per month or part of one (five months and fifteen days: six)
      Given the audit found $10,000.00 overpaid on 2025-09-20, results agreed on 2026-01-10
      When the bill is rendered
      Then the audit overpayment of $10,000.00 is credited with interest of $300.00

    @clause:7.6 @tp:ICA-AUD-023 @interpretation:ica-audit-credit-cycle=cycle-starts-after @interpretation:ica-audit-interest-start=overpaid @interpretation:ica-audit-interest-basis=whole-months
    Scenario: per whole month (five)
      Given the audit found $10,000.00 overpaid on 2025-09-20, results agreed on 2026-01-10
      When the bill is rendered
      Then the audit overpayment of $10,000.00 is credited with interest of $250.00

    @clause:7.6 @tp:ICA-AUD-021 @interpretation:ica-audit-credit-cycle=cycle-starts-after @interpretation:ica-audit-interest-start=results-agreed @interpretation:ica-audit-interest-basis=simple-daily
    Scenario: from the agreement on the results
      Given the audit found $10,000.00 overpaid on 2025-09-20, results agreed on 2026-01-10
      When the bill is rendered
      Then the audit overpayment of $10,000.00 is credited with interest of $88.77

    @clause:7.6 @clause:7.2 @tp:ICA-AUD-024 @interpretation:ica-audit-credit-cycle=next-invoice @interpretation:ica-audit-interest-start=results-agreed @interpretation:ica-audit-interest-basis=started-months
    Scenario Outline: from the agreement to the next invoice, per month or part of one - agreed on <agreed>
      Given the audit found $10,000.00 overpaid on 2025-09-20, results agreed on <agreed>
      When the bill is rendered
      Then the decision "credit-on-invoice" on "audit-1" is "2026-03-05"
      And the audit overpayment of $10,000.00 is credited with interest of <interest>

      Examples: "a rate of 0.5% per month": 10,000 x 0.005 = 50.00 a month
        | agreed     | interest | why                                                  |
        | 2026-02-05 | $50.00   | February 5 to March 5 is one month, not two          |
        | 2026-02-06 | $50.00   | 27 days: a part of a month is a month started        |
        | 2026-03-04 | $50.00   | one day                                              |

    @clause:7.6 @clause:7.2 @tp:ICA-AUD-025 @interpretation:ica-audit-credit-cycle=next-invoice @interpretation:ica-audit-interest-start=results-agreed @interpretation:ica-audit-interest-basis=whole-months
    Scenario Outline: from the agreement to the next invoice, per whole month - agreed on <agreed>
      Given the audit found $10,000.00 overpaid on 2025-09-20, results agreed on <agreed>
      When the bill is rendered
      Then the decision "credit-on-invoice" on "audit-1" is "2026-03-05"
      And the audit overpayment of $10,000.00 is credited with interest of <interest>

      Examples: "a rate of 0.5% per month": 10,000 x 0.005 = 50.00 a whole month
        | agreed     | interest | why                                        |
        | 2026-02-05 | $50.00   | February 5 to March 5 is a whole month     |
        | 2026-02-06 | $0.00    | 27 days: no whole month                    |
