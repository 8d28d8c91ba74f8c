@document:ica-frontier-granite-2006 @capability:agreement
Feature: Term and default (General Terms 12.1, 25.1.1, 25.1.3, 25.1.4)
  The agreement is effective the first business day after approval, runs one year and renews for
  six months at a time unless notice is given at least ninety days before a period ends; only
  Frontier may give notice to terminate. Non-payment is cured within ten days of receiving the
  notice; any other breach within sixty days of the notice. Undisputed non-payment lets Frontier
  discontinue services on thirty days' written notice by overnight delivery or certified mail, with
  a copy to the Commission; an indebted Carrier's affiliates may be cut off unless the debt is paid
  within thirty days after notice by certified mail.

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
        | Frontier | 2026-03-17 | 2026-06-16 | no     | ninety-one days before                              |
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

  Rule: 25.1.1 (3) - discontinuance on thirty days' notice, overnight or certified, copied to the Commission

    @clause:25.1.1 @tp:ICA-DEF-010 @interpretation:ica-discontinuance-cure=after-cure @interpretation:ica-notice-clock=sent
    Scenario Outline: a good notice, and the day services may be discontinued
      Given a notice of non-payment sent on 2025-03-03 and received on 2025-03-05
      And Frontier gives notice on <sent> by <method> to discontinue for $500.00 undisputed, copied to the Commission
      When the bill is rendered
      Then the decision "discontinuance-notice-valid" on "discontinuance-1" is "yes"
      And the decision "may-discontinue-from" on "discontinuance-1" is "<from>"

      Examples:
        | sent       | method            | from       | why                                             |
        | 2025-03-16 | overnight delivery | 2025-04-15 | the day after the cure period ended, plus thirty |
        | 2025-03-20 | certified mail     | 2025-04-19 | thirty days from the notice                      |

    @clause:25.1.1 @tp:ICA-DEF-011 @interpretation:ica-discontinuance-cure=after-cure
    Scenario Outline: a notice that does not let Frontier discontinue
      Given a notice of non-payment sent on 2025-03-03 and received on 2025-03-05
      And Frontier gives notice on <sent> by <method> to discontinue for <undisputed> undisputed, <copy>
      When the bill is rendered
      Then the decision "discontinuance-notice-valid" on "discontinuance-1" is "no"
      And the bill gives no decision "may-discontinue-from" on "discontinuance-1"

      Examples:
        | sent       | method           | undisputed | copy                         | why                                           |
        | 2025-03-16 | e-mail           | $500.00    | copied to the Commission     | e-mail is not a method the ICA allows          |
        | 2025-03-16 | first-class mail | $500.00    | copied to the Commission     | neither overnight nor certified                |
        | 2025-03-16 | overnight delivery | $500.00  | not copied to the Commission | no copy to the Commission                     |
        | 2025-03-16 | overnight delivery | $0.00    | copied to the Commission     | all of it disputed in good faith: nothing due  |
        | 2025-03-15 | overnight delivery | $500.00  | copied to the Commission     | the last day of the cure period                |
        | 2025-03-14 | overnight delivery | $500.00  | copied to the Commission     | within the cure period                         |

    @clause:25.1.1 @tp:ICA-DEF-012 @interpretation:ica-discontinuance-cure=concurrent @interpretation:ica-notice-clock=sent
    Scenario: under the concurrent reading, the notice may run during the cure
      Given a notice of non-payment sent on 2025-03-03 and received on 2025-03-05
      And Frontier gives notice on 2025-03-06 by overnight delivery to discontinue for $500.00 undisputed, copied to the Commission
      When the bill is rendered
      Then the decision "may-discontinue-from" on "discontinuance-1" is "2025-04-05"

    @clause:25.1.1 @tp:ICA-DEF-013
    Scenario: a single dollar undisputed and past due is non-payment
      Only "amounts disputed in good faith" are not amounts due; $1.00 undisputed is.
      Given a notice of non-payment sent on 2025-03-03 and received on 2025-03-05
      And Frontier gives notice on 2025-03-16 by overnight delivery to discontinue for $1.00 undisputed, copied to the Commission
      When the bill is rendered
      Then the decision "discontinuance-notice-valid" on "discontinuance-1" is "yes"
      And the decision "may-discontinue-from" on "discontinuance-1" is "2025-04-15"

    @clause:25.1.1 @tp:ICA-DEF-022 @interpretation:ica-discontinuance-cure=concurrent
    Scenario: under the concurrent reading, never before the cure period ends
      The non-payment notice, received on March 25, may be cured until April 4 ("within ten (10)
      days of receiving such notice"); thirty days from the discontinuance notice of March 4 would
      be April 3, so services may be discontinued only from April 5, the day after the cure.
      Given a notice of non-payment sent on 2025-03-03 and received on 2025-03-25
      And Frontier gives notice on 2025-03-04 by overnight delivery to discontinue for $500.00 undisputed, copied to the Commission
      When the bill is rendered
      Then the decision "cure-by" on "notice-1" is "2025-04-04"
      And the decision "discontinuance-notice-valid" on "discontinuance-1" is "yes"
      And the decision "may-discontinue-from" on "discontinuance-1" is "2025-04-05"

  Rule: 25.1.3 - affiliates of an indebted Carrier

    @clause:25.1.3 @tp:ICA-DEF-020 @interpretation:ica-notice-clock=sent
    Scenario: certified mail, and thirty days to pay
      Given Frontier gives an affiliate of Carrier notice on 2025-06-02 by certified mail of $1,200.00 owed
      When the bill is rendered
      Then the decision "discontinuance-notice-valid" on "discontinuance-1" is "yes"
      And the decision "may-discontinue-from" on "discontinuance-1" is "2025-07-03"

    @clause:25.1.3 @tp:ICA-DEF-021
    Scenario: only certified mail will do
      Given Frontier gives an affiliate of Carrier notice on 2025-06-02 by overnight delivery of $1,200.00 owed
      When the bill is rendered
      Then the decision "discontinuance-notice-valid" on "discontinuance-1" is "no"

    @clause:25.1.3 @tp:ICA-DEF-014
    Scenario Outline: a single dollar owed is indebtedness, nothing owed is not - <owed>
      "so long as Carrier or any such entity is indebted to Frontier": a dollar is a debt; with nothing owed there
      is no indebtedness to satisfy.
      Given Frontier gives an affiliate of Carrier notice on 2025-06-02 by certified mail of <owed> owed
      When the bill is rendered
      Then the decision "discontinuance-notice-valid" on "discontinuance-1" is "<valid>"

      Examples:
        | owed  | valid |
        | $1.00 | yes   |
        | $0.00 | no    |
