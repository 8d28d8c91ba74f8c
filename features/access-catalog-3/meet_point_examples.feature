@document:access-catalog-3 @capability:local-transport @capability:switched-usage
Feature: The catalog's meet point billing examples (2.4.7(B)(3)(h) to (l))
  Transcribed from pages 2-45 to 2-45.11 (1st Revised and Original, effective 2017-07-01): 9,000
  FGD access minutes, Tandem Switched Transport of 23 miles, Direct Trunked Transport of 26 miles.
  Each scenario checks the charges the catalog lists for Telephone Company A; the examples name no
  Direct Trunked capacity, so a DS1 facility is assumed, and they list neither Carrier Common Line
  nor the Shared Trunk Port, which these scenarios therefore do not check.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And end office "EO-A" reports a projected intrastate percentage of 100%
    And end office "EO-A" is reached over Tandem Switched Transport of 23 airline miles

  Rule: Examples 1 to 5 of 2.4.7(B)(3)

    @clause:2.4.7(B)(3)(h) @clause:2.4.7(B)(3)(c) @clause:2.4.7(B)(3)(d) @tp:AC3-MPB-001 @interpretation:tsf-unit=per-minute-per-mile
    Scenario: Example 1 - originating FGD; TC-A's Direct Trunked Transport BP is 40%
      Given 2 Tandem Switched Terminations are billed for "EO-A"
      And a DS1 Direct Trunked Facility segment "DTT-1" of 26 airline miles billed at 40% with 1 termination
      And 9,000 originating FGD access minutes at end office "EO-A" routed through the access tandem
      When the bill is rendered
      Then the charge for "local_switching_2.originating" at "EO-A" is $188.72
      And the charge for "tandem_switched_facility.originating" at "EO-A" is $29.19
      And the charge for "tandem_switched_termination.originating" at "EO-A" is $25.29
      And the charge for "tandem_switching.originating" at "EO-A" is $54.00
      And the charge for "direct_trunked_facility.ds1" at "DTT-1" is $15.39
      And the charge for "direct_trunked_termination.ds1" at "DTT-1" is $0.45
      And the charge for "shared_tandem_multiplexing.originating" at "EO-A" is $0.08

    @clause:2.4.7(B)(3)(i) @clause:2.4.7(B)(3)(c) @tp:AC3-MPB-002 @interpretation:tsf-unit=per-minute-per-mile
    Scenario: Example 2 - terminating FGD through TC-A's CLOC tandem to TC-B's non-CLOC end office (Tandem 3rd Party, TST BP 20%)
      Given end office "EO-A" is in another company's territory
      And end office "EO-A" is not a CLOC ILEC's
      And the access tandem serving "EO-A" is a CLOC ILEC's
      And the Tandem Switched Facility to "EO-A" is billed at a billing percentage of 20%
      And 1 Tandem Switched Termination is billed for "EO-A"
      And a DS1 Direct Trunked Facility segment "DTT-2A" of 26 airline miles billed at 40% with 1 termination
      And a DS1 Direct Trunked Facility segment "DTT-2B" of 26 airline miles billed at 100% with 2 terminations
      And 9,000 terminating FGD access minutes at end office "EO-A" routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switched_facility.terminating_3rd_party" at "EO-A" is $0.50
      And the charge for "tandem_switched_termination.terminating_3rd_party" at "EO-A" is $0.10
      And the charge for "tandem_switching.terminating_3rd_party" at "EO-A" is $60.80
      And the charge for "shared_tandem_multiplexing.terminating_3rd_party" at "EO-A" is $0.08
      And the charge for "direct_trunked_facility.ds1" at "DTT-2A" is $15.39
      And the charge for "direct_trunked_termination.ds1" at "DTT-2A" is $0.45
      And the charge for "direct_trunked_facility.ds1" at "DTT-2B" is $38.48
      And the charge for "direct_trunked_termination.ds1" at "DTT-2B" is $0.90
      And the charge for "local_switching" at "EO-A" is $0.00

    @clause:2.4.7(B)(3)(j) @clause:2.4.7(B)(3)(c) @tp:AC3-MPB-003
    Scenario: Example 3 - terminating FGD, tandem and end office both TC-A's, CLOC (Tandem End Office rates are zero)
      Given 2 Tandem Switched Terminations are billed for "EO-A"
      And a DS1 Direct Trunked Facility segment "DTT-1" of 26 airline miles billed at 40% with 1 termination
      And 9,000 terminating FGD access minutes at end office "EO-A" routed through the access tandem
      When the bill is rendered
      Then the charge for "local_switching_2.terminating" at "EO-A" is $0.00
      And the charge for "tandem_switched_facility.terminating_end_office" at "EO-A" is $0.00
      And the charge for "tandem_switched_termination.terminating_end_office" at "EO-A" is $0.00
      And the charge for "tandem_switching.terminating_end_office" at "EO-A" is $0.00
      And the charge for "shared_tandem_multiplexing.terminating_end_office" at "EO-A" is $0.00
      And the charge for "tandem_switched" at "EO-A" is $0.00
      And the charge for "direct_trunked_facility.ds1" at "DTT-1" is $15.39
      And the charge for "direct_trunked_termination.ds1" at "DTT-1" is $0.45

    @clause:2.4.7(B)(3)(k) @clause:2.4.7(B)(3)(c) @clause:2.4.1(G) @tp:AC3-MPB-004 @interpretation:tsf-unit=per-minute-per-mile @interpretation:penny-rounding-ties=half-up
    Scenario: Example 4 - originating FGD at TC-A's CLOC end office through TC-B's non-CLOC tandem (TST BP 80%)
      Given the access tandem serving "EO-A" is not a CLOC ILEC's
      And the access tandem serving "EO-A" is in another company's territory
      And the Tandem Switched Facility to "EO-A" is billed at a billing percentage of 80%
      And 1 Tandem Switched Termination is billed for "EO-A"
      And 9,000 originating FGD access minutes at end office "EO-A" routed through the access tandem
      When the bill is rendered
      Then the charge for "local_switching_2.originating" at "EO-A" is $188.72
      And the charge for "tandem_switched_facility.originating" at "EO-A" is $23.35
      And the charge for "tandem_switched_termination.originating" at "EO-A" is $12.65
      And the charge for "tandem_switching" at "EO-A" is $0.00

    @clause:2.4.7(B)(3)(l) @clause:2.4.7(B)(3)(c) @tp:AC3-MPB-005 @interpretation:tsf-unit=per-minute-per-mile
    Scenario: Example 5 - terminating FGD to TC-A's CLOC end office through TC-B's non-CLOC tandem (Tandem 3rd Party, BP 80%)
      Given the access tandem serving "EO-A" is not a CLOC ILEC's
      And the access tandem serving "EO-A" is in another company's territory
      And the Tandem Switched Facility to "EO-A" is billed at a billing percentage of 80%
      And 1 Tandem Switched Termination is billed for "EO-A"
      And 9,000 terminating FGD access minutes at end office "EO-A" routed through the access tandem
      When the bill is rendered
      Then the charge for "local_switching_2.terminating" at "EO-A" is $0.00
      And the charge for "tandem_switched_facility.terminating_3rd_party" at "EO-A" is $1.99
      And the charge for "tandem_switched_termination.terminating_3rd_party" at "EO-A" is $0.10
