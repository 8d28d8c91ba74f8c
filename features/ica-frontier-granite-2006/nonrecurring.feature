@document:ica-frontier-granite-2006 @capability:nonrecurring
Feature: Nonrecurring charges (Attachment 4; General Terms 6.12)
  Vanity numbers and the porting expedite are printed intact. Every supplement, expedite and
  concurrence amount lost its cents in the OCR ("$11.", "35."): those checks use the amount the SUT
  declares in its PIXIT, require it to lie within the legible dollars, and are n/a for a SUT that
  declares none.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-06-30

  Rule: amounts printed intact

    @clause:A4-VAN @tp:ICA-NRC-001
    Scenario Outline: vanity numbers
      Given a <class> resale request with <n> vanity numbers
      When the bill is rendered
      Then the charge for request "request-1" is <charge>

      Examples:
        | class     | n | charge  |
        | residence | 2 | $84.66  |
        | business  | 1 | $84.45  |

    @clause:A4-EXP @tp:ICA-NRC-002
    Scenario: a porting stopped on the due date and re-appointed, per number
      Given a residence porting request with 3 numbers stopped on the due date and re-appointed
      When the bill is rendered
      Then the charge for request "request-1" is $105.60

  Rule: amounts that lost their cents, as declared

    @clause:A4-SUPP @tp:ICA-NRC-010 @declared:supplement_23.residence_resale @interpretation:ica-damaged-amounts=declared
    Scenario: a supplement of another kind, per order
      Given a residence resale request with a supplement of kind other received 2025-06-02 10:00
      When the bill is rendered
      Then the declared amount of supplement_23.residence_resale is between $11.00 and $11.99
      And the charge for request "request-1" is 1 times the declared supplement_23.residence_resale

    @clause:A4-SUPP @tp:ICA-NRC-014 @declared:supplement_23.residence_une @declared:supplement_23.business_une @interpretation:ica-damaged-amounts=declared
    Scenario Outline: the fifth and sixth columns, "UlLlUNE": a <class> supplement of another kind
      Given a <class> une request with a supplement of kind other received 2025-06-02 10:00
      When the bill is rendered
      Then the declared amount of supplement_23.<class>_une is between <low> and <high>
      And the charge for request "request-1" is 1 times the declared supplement_23.<class>_une

      Examples: printed "$8." and "$14.", after the Resale and Porting columns
        | class     | low    | high   |
        | residence | $8.00  | $8.99  |
        | business  | $14.00 | $14.99 |

    @clause:A4-SUPP @tp:ICA-NRC-011 @declared:supplement_1_cancel @interpretation:ica-damaged-amounts=declared
    Scenario: a cancellation
      Given a business porting request with a supplement of kind cancel received 2025-06-02 10:00
      When the bill is rendered
      Then the declared amount of supplement_1_cancel is between $14.00 and $14.99
      And the charge for request "request-1" is 1 times the declared supplement_1_cancel

    @clause:A4-EXP @clause:6.11 @tp:ICA-NRC-012 @declared:expedite.business @interpretation:ica-damaged-amounts=declared
    Scenario: an expedite is charged per number expedited
      Given a business resale request with 4 numbers expedited
      When the bill is rendered
      Then the declared amount of expedite.business is between $35.00 and $35.99
      And the charge for request "request-1" is 4 times the declared expedite.business

    @clause:A4-CONC @tp:ICA-NRC-013 @declared:concurrence.residence @interpretation:ica-damaged-amounts=declared
    Scenario: concurrence per number
      Given a residence porting request with 3 numbers needing concurrence
      When the bill is rendered
      Then the declared amount of concurrence.residence is between $11.00 and $11.99
      And the charge for request "request-1" is 3 times the declared concurrence.residence

  Rule: 6.12 - due-date changes

    @clause:6.12 @tp:ICA-NRC-020 @declared:supplement_23.residence_resale @interpretation:ica-damaged-amounts=declared
    Scenario: a later due date asked after the FOC and more than 24 hours ahead is a Supplement 2
      Given a residence resale request due 2025-06-10 09:00 confirmed 2025-06-02 10:00
      And Carrier asks on 2025-06-05 10:00 to move the due date to 2025-06-12
      When the bill is rendered
      Then the charge for request "request-1" is 1 times the declared supplement_23.residence_resale
      And the decision "liable-for-completed-work" on "request-1" is "no"

    @clause:6.12 @tp:ICA-NRC-023 @declared:supplement_23.residence_resale @interpretation:ica-damaged-amounts=declared @interpretation:ica-late-due-date-change=both
    Scenario Outline: due 2025-06-10 09:00, a later date asked after the FOC on <asked> - a Supplement 2 however late
      Given a residence resale request due 2025-06-10 09:00 confirmed 2025-06-02 10:00
      And Carrier asks on <asked> to move the due date to 2025-06-12
      When the bill is rendered
      Then the charge for request "request-1" is 1 times the declared supplement_23.residence_resale
      And the decision "liable-for-completed-work" on "request-1" is "<liable>"

      Examples: "within twenty-four (24) hours" adds the work already done to the supplement
        | asked            | liable | why                                  |
        | 2025-06-09 08:59 | no     | 24 hours and a minute ahead          |
        | 2025-06-09 09:00 | no     | exactly 24 hours: "at least 24 hours prior" |
        | 2025-06-09 09:01 | yes    | within 24 hours                      |
        | 2025-06-10 08:00 | yes    | the morning of the due date          |

    @clause:6.12 @tp:ICA-NRC-021 @declared:supplement_23.residence_resale @interpretation:ica-damaged-amounts=declared @interpretation:ica-late-due-date-change=work-only
    Scenario: read the other way, within 24 hours Carrier owes the work already done, and no supplement
      Given a residence resale request due 2025-06-10 09:00 confirmed 2025-06-02 10:00
      And Carrier asks on 2025-06-09 12:00 to move the due date to 2025-06-12
      When the bill is rendered
      Then the decision "liable-for-completed-work" on "request-1" is "yes"
      And the charge for request "request-1" is $0.00

    @clause:6.12 @tp:ICA-NRC-022 @negative
    Scenario: before the FOC a change of date costs nothing
      Given a residence resale request due 2025-06-10 09:00 confirmed 2025-06-06 10:00
      And Carrier asks on 2025-06-05 10:00 to move the due date to 2025-06-12
      When the bill is rendered
      Then the charge for request "request-1" is $0.00
