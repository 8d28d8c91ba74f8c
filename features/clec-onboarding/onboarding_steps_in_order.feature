@document:clec-onboarding @capability:onboarding
Feature: The onboarding steps in the order the pages set them (Negotiation Process V17.0, Getting Started V42.0)
  CenturyLink prepares the agreement once it has the CLEC's legal information and its decision,
  assigns a Negotiator once it has the Agreement Request Form and a request to negotiate, and the
  Carrier Account Manager implements the agreement once it is executed. An opt-in adopts an
  approved, adoptable agreement. The network interconnection activities follow the agreement in
  place and the required sections of the Customer Questionnaire; early ordering requests are
  implemented in the order their completed information arrived. A step on the same day as the one
  it waits for is in order: a date cannot order two events within a day.

  @clause:NEG-NTA @tp:CLEC-010
  Scenario Outline: the agreement is prepared after the legal information and the decision
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And CenturyLink received the CLEC's legal information on 2025-03-01
    And <decision>
    And CenturyLink prepared the agreement for signature on <prepared>
    When the bill is rendered
    Then the answer to "agreement-prepared-in-order" is "<answer>"

    Examples:
      | decision                                                               | prepared   | answer |
      | CenturyLink received the CLEC's decision on the agreement on 2025-03-05 | 2025-03-05 | yes    |
      | CenturyLink received the CLEC's decision on the agreement on 2025-03-05 | 2025-03-04 | no     |
      | CenturyLink received the CLEC's decision on the agreement on 2025-02-20 | 2025-02-28 | no     |
      | its Customer Questionnaire is complete                                 | 2025-03-05 | no     |

  @clause:NEG-NEGOTIATOR @tp:CLEC-011
  Scenario Outline: a Negotiator is assigned after the Agreement Request Form and a request to negotiate
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And CenturyLink received the Agreement Request Form on 2025-03-01
    And CenturyLink received a request to negotiate on 2025-03-03
    And CenturyLink assigned a Negotiator on <assigned>
    When the bill is rendered
    Then the answer to "negotiator-assigned-in-order" is "<answer>"

    Examples:
      | assigned   | answer |
      | 2025-03-03 | yes    |
      | 2025-03-02 | no     |

  @clause:NEG-CAM @tp:CLEC-012
  Scenario Outline: the implementation follows the execution
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it has a negotiated agreement signed by both parties
    And the agreement was executed on 2025-03-10
    And the Carrier Account Manager began the implementation on <started>
    When the bill is rendered
    Then the answer to "implementation-in-order" is "<answer>"

    Examples:
      | started    | answer |
      | 2025-03-10 | yes    |
      | 2025-03-09 | no     |

  @clause:NEG-ADOPTABLE @tp:CLEC-013
  Scenario: an opt-in only to an approved, adoptable agreement
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it opts in to an agreement expiring on 2027-03-09 in its entirety
    And the adopted agreement is not one of the approved, adoptable agreements
    When the bill is rendered
    Then the answer to "opt-in-valid" is "no"
    And the bill gives no decision "agreement-expires" on "clec"

  @clause:GS-STEP5 @tp:CLEC-014 @interpretation:clec-step5-in-place=signed
  Scenario Outline: the network interconnection activities after the agreement and the required questionnaire sections
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it has a negotiated agreement <signed>
    And the agreement is pending approval
    And its Customer Questionnaire is incomplete
    And it <submitted> submitted the required sections of its Customer Questionnaire
    When the bill is rendered
    Then the answer to "may-start-interconnection-activities" is "<answer>"

    Examples:
      | signed                     | submitted | answer |
      | signed by both parties     | has       | yes    |
      | signed by both parties     | has not   | no     |
      | signed by CenturyLink only | has       | no     |

  @clause:GS-STEP5 @tp:CLEC-015 @interpretation:clec-step5-in-place=approved
  Scenario Outline: read the other way, an Interconnection Agreement is in place once approved
    Given a facility-based CLEC that wants to interconnect in WA, certified in WA
    And it has a negotiated agreement signed by both parties
    And the agreement is <approval>
    And it has submitted the required sections of its Customer Questionnaire
    When the bill is rendered
    Then the answer to "may-start-interconnection-activities" is "<answer>"

    Examples:
      | approval         | answer |
      | pending approval | no     |
      | approved         | yes    |

  @clause:GS-EARLY-FIFO @tp:CLEC-016
  Scenario: early ordering requests in the order their completed information arrived
    Given a facility-based CLEC that wants to interconnect in WA, ID, certified in WA, ID
    And an early ordering request "WA" whose completed information arrived on 2025-03-02 09:00
    And an early ordering request "ID" whose completed information arrived on 2025-03-01 17:00
    And an early ordering request "OR" still incomplete
    When the bill is rendered
    Then the decision "early-ordering-place" on "ID" is "1"
    And the decision "early-ordering-place" on "WA" is "2"
    And the decision "early-ordering-place" on "OR" is "not-queued"

  @clause:GS-SCOPE @tp:CLEC-017 @interpretation:clec-facility-based-scope=facility-based-only
  Scenario: the Getting Started steps decide for a Facility-Based CLEC, not a Reseller
    Given a reseller CLEC that wants to interconnect in WA, certified in WA
    And it has a negotiated agreement signed by both parties
    And the agreement is approved
    And its Customer Questionnaire is complete
    When the bill is rendered
    Then the bill gives no decision "may-start-interconnection-activities" on "clec"
    And the bill gives no decision "may-order" on "clec"
    And the answer to "may-file" is "yes"
