@document:access-catalog-3 @capability:miscellaneous-services
Feature: IntraLATA presubscription at an end office's conversion to equal access (13.4(A)(1), 13.4(A)(2))
  Lists of end users and agents received thirty days before the conversion are processed; when an
  end user's IPIC is disputed, the IC whose letter of agency bears the latest authorization date
  becomes the IPIC.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 13.4(A)(1) - lists received thirty days before the conversion

    @clause:13.4(A)(1) @tp:AC3-PIC-020
    Scenario Outline: a conversion on March 3, 2025
      Given an IC End User and Agent List "L-1" received on <received> for a conversion on 2025-03-03
      When the bill is rendered
      Then the decision "list-processed" on "L-1" is "<processed>"

      Examples:
        | received   | processed | why                 |
        | 2025-02-01 | yes       | thirty days before  |
        | 2025-02-02 | no        | twenty-nine days    |

  Rule: 13.4(A)(2) - the latest letter of agency decides

    @clause:13.4(A)(2) @tp:AC3-PIC-021
    Scenario: two letters for one line
      Given line "L-100" has a letter of agency for IC "IXC-A" authorized on 2025-01-12
      And line "L-100" has a letter of agency for IC "IXC-B" authorized on 2025-01-10
      When the bill is rendered
      Then the decision "ipic" on "L-100" is "IXC-A"

    @clause:13.4(A)(2) @tp:AC3-PIC-022
    Scenario: two letters of the same latest date leave the discrepancy undetermined
      Given line "L-100" has a letter of agency for IC "IXC-A" authorized on 2025-01-12
      And line "L-100" has a letter of agency for IC "IXC-B" authorized on 2025-01-12
      When the bill is rendered
      Then the decision "ipic" on "L-100" is "undetermined"
