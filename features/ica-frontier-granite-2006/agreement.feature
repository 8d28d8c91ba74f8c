@document:ica-frontier-granite-2006 @capability:agreement
Feature: Term and default (General Terms 12.1, 25.1.1, 25.1.4)
  The agreement is effective the first business day after approval, runs one year and renews for
  six months at a time unless notice is given at least ninety days before a period ends; only
  Frontier may give notice to terminate. Non-payment is cured within ten days of receiving the
  notice; any other breach within sixty days of the notice.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2026-01-05

  Rule: 12.1 - effective date, term and renewal

    @clause:12.1 @tp:ICA-TERM-001
    Scenario Outline: the first business day after approval
      Given the Commission approved the agreement on <approved>, as of 2026-01-01
      When the bill is rendered
      Then the decision "effective-date" on "agreement" is "<effective>"

      Examples:
        | approved   | effective  | why                                  |
        | 2025-06-13 | 2025-06-16 | approved on a Friday                 |
        | 2025-07-03 | 2025-07-07 | Independence Day, then the weekend   |
        | 2025-06-10 | 2025-06-11 | approved on a Tuesday                |

    @clause:12.1 @tp:ICA-TERM-002
    Scenario Outline: ninety days' notice stops the renewal
      Given the Commission approved the agreement on 2025-06-13, as of 2026-01-01
      And <who> gave written notice not to renew on <notice>
      When the bill is rendered
      Then the decision "period-ends" on "agreement" is "<ends>"
      And the decision "renews" on "agreement" is "<renews>"

      Examples:
        | who      | notice     | ends       | renews | why                                                |
        | Frontier | 2026-03-18 | 2026-06-16 | no     | exactly ninety days before the first year ends      |
        | Frontier | 2026-03-19 | 2026-06-16 | yes    | a day late: this period renews                      |
        | Carrier  | 2026-01-05 | 2026-06-16 | yes    | Carrier may only ask to renegotiate                 |

  Rule: 25.1 - cure periods

    @clause:25.1.1 @tp:ICA-DEF-001
    Scenario: non-payment, ten days from receipt of the notice
      Given a notice of non-payment sent on 2025-03-03 and received on 2025-03-05
      When the bill is rendered
      Then the decision "cure-by" on "notice-1" is "2025-03-15"

    @clause:25.1.4 @tp:ICA-DEF-002
    Scenario: any other breach, sixty days from the notice
      Given a notice of another breach sent on 2025-03-03 and received on 2025-03-05
      When the bill is rendered
      Then the decision "cure-by" on "notice-1" is "2025-05-02"
