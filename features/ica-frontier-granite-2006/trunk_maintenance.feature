@document:ica-frontier-granite-2006 @capability:trunk-maintenance
Feature: The maintenance service charge on Interconnection trunks (Attachment 1, Section 2)
  A Party that asks the other to dispatch personnel for maintenance on the Interconnection trunks
  pays a maintenance service charge when no trouble is found in them, when the trouble is in
  equipment the dispatched Party did not provide, or when a dispatch for repair verification that
  no clearance needed finds the trunk within maintenance limits. The charge is canceled if trouble
  is later found in the dispatched Party's facilities. Its amount is in Frontier's tariff, which is
  not among the sources: the bill decides whether it applies.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-07-01

  Rule: A1 2.8 - when the charge applies

    @clause:A1-2.8 @tp:ICA-MNT-001
    Scenario Outline: a dispatch that found <found>
      Given Carrier requested the dispatch "D-1" of Frontier's personnel to the Interconnection trunks, which found <found>
      When the bill is rendered
      Then the decision "maintenance-charge" on "D-1" is "<charge>"

      Examples:
        | found                                                                     | charge  |
        | no trouble in the Interconnection trunks                                  | applies |
        | the trouble in equipment Frontier did not provide                         | applies |
        | the trunk within maintenance limits on a repair verification no clearance needed | applies |
        | the trouble in Frontier's own facilities                                  | no      |

  Rule: A1 2.8.4 - canceled when trouble is later found in the dispatched Party's facilities

    @clause:A1-2.8.4 @clause:A1-2.8 @tp:ICA-MNT-002
    Scenario Outline: no trouble found, then trouble found in Frontier's facilities on <later>
      Given Carrier requested the dispatch "D-1" of Frontier's personnel to the Interconnection trunks, which found no trouble in the Interconnection trunks
      And trouble was subsequently found in Frontier's facilities on <later>
      When the bill is rendered
      Then the decision "maintenance-charge" on "D-1" is "<charge>"

      Examples: the bill dated 2025-07-01 knows what was found by that day
        | later      | charge   | why                                          |
        | 2025-06-30 | canceled | found before the bill                        |
        | 2025-07-01 | canceled | found on the bill date                       |
        | 2025-07-02 | applies  | not yet found when the bill was rendered     |
