@document:clec-onboarding @capability:onboarding
Feature: Becoming a CLEC with CenturyLink (Negotiation Process V17.0, Getting Started V42.0)
  Certification in each state before the initial contact, except for Resellers in Colorado and
  Iowa; an agreement is filed once both parties signed it and rejected without a certification on
  record; a Facility-Based CLEC orders with its Customer Questionnaire complete and an approved
  agreement - or, pending approval, an executed Early Ordering Letter Agreement.

  @clause:NEG-CERT @clause:NEG-RESELLER-EXEMPT @tp:CLEC-001
  Scenario Outline: certification before the initial contact
    Given a <type> CLEC that wants to interconnect in <states>, certified in <certified>
    When the bill is rendered
    Then the answer to "may-contact" is "<answer>"

    Examples:
      | type           | states | certified | answer | why                                   |
      | facility-based | WA     | WA        | yes    | certified                             |
      | facility-based | WA, ID | WA        | no     | not certified in Idaho                |
      | reseller       | CO, IA | none      | yes    | resellers need none in CO and IA      |
      | facility-based | CO     | none      | no     | the exemption is for resellers only   |
      | reseller       | WA     | none      | no     | resellers elsewhere need it           |

  @clause:NEG-FILING @clause:NEG-PUC-REJECT @tp:CLEC-002 @interpretation:clec-reseller-exemption-filing=exempt
  Scenario Outline: filing and rejection
    Given a <type> CLEC that wants to interconnect in <states>, certified in <certified>
    And it has a negotiated agreement <signed>
    When the bill is rendered
    Then the answer to "may-file" is "<file>"
    And the answer to "filing-rejected" is "<rejected>"

    Examples:
      | type           | states | certified | signed                          | file | rejected |
      | facility-based | WA     | WA        | signed by both parties          | yes  | no       |
      | facility-based | WA     | WA        | signed by CenturyLink only      | no   | no       |
      | facility-based | WA, ID | WA        | signed by both parties          | yes  | yes      |
      | reseller       | IA     | none      | signed by both parties          | yes  | no       |

  @clause:NEG-OPTIN @tp:CLEC-003
  Scenario Outline: opting in takes the adopted agreement whole, expiry included
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it opts in to an agreement expiring on 2027-03-09 <how>
    When the bill is rendered
    Then the answer to "opt-in-valid" is "<valid>"

    Examples:
      | how                  | valid |
      | in its entirety      | yes   |
      | in part              | no    |

  @clause:NEG-OPTIN @tp:CLEC-004
  Scenario: the adopter's agreement expires with the adopted one
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it opts in to an agreement expiring on 2027-03-09 in its entirety
    When the bill is rendered
    Then the answer to "agreement-expires" is "2027-03-09"

  @clause:GS-CQ @clause:GS-READY @clause:GS-EARLY @tp:CLEC-005 @interpretation:clec-pending-approval-ordering=letter-required
  Scenario Outline: ready to order
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it has a negotiated agreement signed by both parties
    And the agreement is <approval>
    And its Customer Questionnaire is <cq>
    And it <letter> an Early Ordering Letter Agreement
    When the bill is rendered
    Then the answer to "may-order" is "<answer>"

    Examples:
      | approval         | cq         | letter          | answer |
      | approved         | complete   | has not executed | yes   |
      | approved         | incomplete | has executed     | no    |
      | pending approval | complete   | has executed     | yes   |
      | pending approval | complete   | has not executed | no    |

  @clause:GS-READY @clause:GS-EARLY @tp:CLEC-006 @interpretation:clec-pending-approval-ordering=letter-required
  Scenario Outline: a signed Commercial Agreement is ready to order without commission approval
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it has a commercial agreement <signed>
    And the agreement is <approval>
    And its Customer Questionnaire is complete
    And it has not executed an Early Ordering Letter Agreement
    When the bill is rendered
    Then the answer to "may-order" is "<answer>"

    Examples: GS-READY "a signed Interconnection Agreement pending Commission approval, or a Commercial Agreement"
      | signed                     | approval         | answer | why                                              |
      | signed by both parties     | pending approval | yes    | no approval, no letter: a Commercial Agreement suffices |
      | signed by both parties     | approved         | yes    |                                                  |
      | signed by CenturyLink only | pending approval | no     | not yet signed by both                           |
