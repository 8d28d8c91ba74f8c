@document:access-catalog-3 @capability:refusal-of-service
Feature: Refusal and discontinuance of service on thirty days written notice (2.1.8(A))
  A customer who fails to comply - to pay on time, among others - may be refused new applications
  and pending orders, or discontinued, "on thirty (30) days written notice by mail or by email if the
  customer is billed electronically or consents to receiving electronic notification" (1st Revised
  Page 2-7, effective May 1, 2019).

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 2.1.8(A) - by mail, or by email to a customer billed electronically or consenting to it; thirty days

    @clause:2.1.8(A) @tp:AC3-REF-001 @interpretation:refusal-notice-clock=sent
    Scenario: a notice by mail lets the Telephone Company act thirty days later
      Given notice "N-1" of refusal or discontinuance sent by mail on 2025-03-03
      When the bill is rendered
      Then the decision "notice-valid" on "N-1" is "yes"
      And the decision "may-act-from" on "N-1" is "2025-04-02"

    @clause:2.1.8(A) @tp:AC3-REF-002
    Scenario Outline: a notice by email
      Given notice "N-1" of refusal or discontinuance sent by email on 2025-03-03
      And notice "N-1" goes to a customer who <standing>
      When the bill is rendered
      Then the decision "notice-valid" on "N-1" is "yes"

      Examples:
        | standing                                       |
        | is billed electronically                       |
        | consents to receiving electronic notification  |

    @clause:2.1.8(A) @tp:AC3-REF-003
    Scenario: an email to a customer neither billed electronically nor consenting is no notice
      Given notice "N-1" of refusal or discontinuance sent by email on 2025-03-03
      When the bill is rendered
      Then the decision "notice-valid" on "N-1" is "no"
      And the bill gives no decision "may-act-from" on "N-1"

    @clause:2.1.8(A) @tp:AC3-REF-004 @interpretation:refusal-notice-email-before-revision=not-before-revision @interpretation:refusal-notice-clock=sent
    Scenario Outline: the email words took effect with 1st Revised Page 2-7 on May 1, 2019
      Given notice "N-1" of refusal or discontinuance sent by email on <sent>
      And notice "N-1" goes to a customer who is billed electronically
      When the bill is rendered
      Then the decision "notice-valid" on "N-1" is "<valid>"

      Examples:
        | sent       | valid | why                                    |
        | 2019-04-30 | no    | the Original page 2-7 was in force      |
        | 2019-05-01 | yes   | the revision's effective date           |

    @clause:2.1.8(A) @tp:AC3-REF-005 @interpretation:refusal-notice-clock=received
    Scenario: read from its receipt, the thirty days start when the notice arrives
      Given notice "N-1" of refusal or discontinuance sent by mail on 2025-03-03
      And notice "N-1" was received on 2025-03-06
      When the bill is rendered
      Then the decision "may-act-from" on "N-1" is "2025-04-05"
