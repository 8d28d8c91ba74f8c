@document:access-catalog-3 @capability:local-transport
Feature: Tandem Switched Transport and the Shared Trunk Port (2.4.7(B)(3)(c), 6.11.2, 17.4.2(A)(3), 17.4.3(B))
  Minutes routed through an access tandem bear the Tandem Switched Facility per minute per mile
  times the billing percentage, the Tandem Switched Termination, Tandem Switching where the tandem
  is a participating company's, Common Shared Tandem Multiplexing, and the Shared Trunk Port at
  the end office. Terminating minutes take the 3rd Party column when exactly one of the tandem and
  the end office is a CLOC ILEC's, the End Office column otherwise.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And end office "EO-1" reports a projected intrastate percentage of 100%
    And end office "EO-1" is reached over Tandem Switched Transport of 23 airline miles

  Rule: 2.4.7(B)(3)(c) - the terminating column follows CLOC ownership

    @clause:2.4.7(B)(3)(c) @clause:17.4.2(A)(3) @tp:AC3-TST-001
    Scenario Outline: 9,000 terminating FGD minutes through the tandem
      Given the access tandem serving "EO-1" <tandem> a CLOC ILEC's
      And end office "EO-1" <office> a CLOC ILEC's
      And 9,000 terminating FGD access minutes at end office "EO-1" routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switching" at "EO-1" is <switching>
      And the charge for "tandem_switching.<column>" at "EO-1" is <switching>

      @negative
      Examples: 9,000 x $0.006756 (3rd Party) or x $0.000000 (End Office) - none due
        | tandem | office | column                 | switching |
        | is     | is     | terminating_end_office | $0.00     |
        | is not | is not | terminating_end_office | $0.00     |

      Examples: 9,000 x $0.006756 (3rd Party) or x $0.000000 (End Office)
        | tandem | office | column                 | switching |
        | is     | is not | terminating_3rd_party  | $60.80    |
        | is not | is     | terminating_3rd_party  | $60.80    |

    @clause:2.4.7(B)(3)(c) @clause:6.11.2 @clause:17.4.3(B) @tp:AC3-TST-002 @interpretation:tsf-unit=per-minute-per-mile @interpretation:penny-rounding-ties=half-up
    Scenario: originating minutes through the tandem, and the Shared Trunk Port
      Given 1 Tandem Switched Termination is billed for "EO-1"
      And 9,000 originating FGD access minutes at end office "EO-1" routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switched_facility.originating" at "EO-1" is $29.19
      And the charge for "tandem_switched_termination.originating" at "EO-1" is $12.65
      And the charge for "shared_trunk_port.originating" at "EO-1" is $17.97

    @clause:6.11.2 @tp:AC3-TST-003
    Scenario: directly trunked minutes bear no tandem element and no Shared Trunk Port
      Given 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the charge for "tandem_switched" at "EO-1" is $0.00
      And the charge for "shared_trunk_port" at "EO-1" is $0.00
      And the charge for "local_switching_2.originating" at "EO-1" is $188.72

    @clause:17.4.2(A)(3) @tp:AC3-TST-004 @interpretation:tsf-unit=per-minute
    Scenario: read per access minute as labelled on 17-4, the facility ignores the miles
      Given 9,000 originating FGD access minutes at end office "EO-1" routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switched_facility.originating" at "EO-1" is $1.27

  Rule: 6.4.6(G), 6.4.6(B), 6.5.1(J) - Tandem Switched Transport from a host or an FGA dial tone office

    @clause:6.4.6(G) @tp:AC3-TST-020 @interpretation:tst-without-tandem=no-multiplexing @interpretation:tsf-unit=per-minute-per-mile
    Scenario: 10,000 originating FGD minutes at remote office "EO-1", 23 miles from its host
      Given the Tandem Switched Transport to "EO-1" begins at its host office
      And 1 Tandem Switched Termination is billed for "EO-1"
      And 10,000 originating FGD access minutes at end office "EO-1" routed over tandem switched transport from the host
      When the bill is rendered
      Then the charge for "tandem_switched_facility.originating" at "EO-1" is $32.43
      And the charge for "tandem_switched_termination.originating" at "EO-1" is $14.05
      And the charge for "tandem_switching" at "EO-1" is $0.00
      And the charge for "shared_tandem_multiplexing" at "EO-1" is $0.00

    @clause:6.4.6(B) @clause:6.5.1(J) @tp:AC3-TST-021 @interpretation:tst-without-tandem=no-multiplexing @interpretation:tsf-unit=per-minute-per-mile
    Scenario: 10,000 terminating FGA minutes carried from the dial tone office (not a CLOC ILEC's) to end office "EO-1", 23 miles away
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And the Tandem Switched Transport to "EO-1" begins at its FGA dial tone office
      And the access tandem serving "EO-1" is not a CLOC ILEC's
      And 1 Tandem Switched Termination is billed for "EO-1"
      And 10,000 terminating FGA access minutes at end office "EO-1" routed over tandem switched transport from the dial tone office
      When the bill is rendered
      Then the charge for "tandem_switched_facility.terminating_3rd_party" at "EO-1" is $2.76
      And the charge for "tandem_switched_termination.terminating_3rd_party" at "EO-1" is $0.11
      And the charge for "tandem_switching" at "EO-1" is $0.00
      And the charge for "shared_tandem_multiplexing" at "EO-1" is $0.00

    @clause:6.4.6(G) @tp:AC3-TST-022 @interpretation:tst-without-tandem=with-multiplexing
    Scenario: read the other way, the host office's minutes bear Common Shared Tandem Multiplexing
      Given the Tandem Switched Transport to "EO-1" begins at its host office
      And 10,000 originating FGD access minutes at end office "EO-1" routed over tandem switched transport from the host
      When the bill is rendered
      Then the charge for "shared_tandem_multiplexing.originating" at "EO-1" is $0.09
      And the charge for "tandem_switching" at "EO-1" is $0.00

  Rule: 6.4.6(D) - terminating FGC from several premises, apportioned by BHMC

    @clause:6.4.6(D) @tp:AC3-TST-030 @interpretation:tsf-unit=per-minute-per-mile
    Scenario: 9,000 terminating FGC minutes into an end office without measurement over two trunk groups - 6,750 minutes at 10 miles and 2,250 at 30, at $0.000012 a minute-mile
      Given end office "EO-9" reports a projected intrastate percentage of 100%
      And the access tandem serving "EO-9" is not a CLOC ILEC's
      And terminating FGC trunk group "G-1" into end office "EO-9" has 300 BHMC and 10 airline miles of Tandem Switched Transport
      And terminating FGC trunk group "G-2" into end office "EO-9" has 100 BHMC and 30 airline miles of Tandem Switched Transport
      And 9,000 terminating FGC access minutes at end office "EO-9" routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switched_facility.terminating_3rd_party" at "EO-9" is $1.62

    @clause:6.4.6(D) @tp:AC3-TST-031 @interpretation:tsf-unit=per-minute-per-mile
    Scenario: two trunk groups of 1 BHMC each - 900,000 terminating FGC minutes at the mean of 10 and 30 miles, at $0.000012 a minute-mile
      Given end office "EO-9" reports a projected intrastate percentage of 100%
      And the access tandem serving "EO-9" is not a CLOC ILEC's
      And terminating FGC trunk group "G-1" into end office "EO-9" has 1 BHMC and 10 airline miles of Tandem Switched Transport
      And terminating FGC trunk group "G-2" into end office "EO-9" has 1 BHMC and 30 airline miles of Tandem Switched Transport
      And 900,000 terminating FGC access minutes at end office "EO-9" routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switched_facility.terminating_3rd_party" at "EO-9" is $216.00

  Rule: 6.4.6(E) - at a WATS Serving Office, from the office (measured minutes) or the FGA entry switch (assumed minutes) to the customer's serving wire center

    @clause:6.4.6(E) @clause:6.4.6 @tp:AC3-TST-040 @interpretation:tsf-unit=per-minute-per-mile
    Scenario Outline: <what> at WATS Serving Office "WSO-1" - 32 miles from the office, 95 from the entry switch
      Given end office "WSO-1" reports a projected intrastate percentage of 100%
      And end office "WSO-1" is a WATS Serving Office for outward WATS
      And the WATS Serving Office "WSO-1" is at V&H 5000,5000, its FGA entry switch at V&H 5000,5400 and the customer's serving wire center at V&H 5000,5100
      And <usage>
      When the bill is rendered
      Then the charge for "tandem_switched_facility.originating" at "WSO-1" is <facility>

      Examples: $0.000141 a minute a mile
        | what                 | usage                                                                                     | facility | why                          |
        | 10,000 measured minutes | 10,000 originating FGA access minutes at end office "WSO-1" routed through the access tandem | $45.12   | 10,000 x 32 x $0.000141      |
        | one unmeasured line  | 1 two-way FGA lines at end office "WSO-1" without measurement, routed through the access tandem | $25.48   | 1,902 assumed x 95 x $0.000141 |

    @clause:6.4.6(E) @tp:AC3-TST-041 @interpretation:tsf-unit=per-minute-per-mile
    Scenario: both at one WATS Serving Office - each kind of minute from its own end
      Given end office "WSO-1" reports a projected intrastate percentage of 100%
      And end office "WSO-1" is a WATS Serving Office for outward WATS
      And the WATS Serving Office "WSO-1" is at V&H 5000,5000, its FGA entry switch at V&H 5000,5400 and the customer's serving wire center at V&H 5000,5100
      And 10,000 originating FGA access minutes at end office "WSO-1" routed through the access tandem
      And 1 two-way FGA lines at end office "WSO-1" without measurement, routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switched_facility.originating" at "WSO-1" is $70.60

  Rule: 6.6.1(I), 6.8.1(K), 6.4.6(F) - a Wireless Switching Center interconnected at the access tandem

    @clause:6.6.1(I) @clause:6.8.1(K) @clause:6.4.6(F) @tp:AC3-TST-010 @interpretation:wsc-billed-elements=local-transport-only @interpretation:tsf-unit=per-minute-per-mile
    Scenario Outline: 10,000 originating minutes to a WSC, 10 airline miles from the customer's serving wire center to the tandem
      Given end office "WSC-1" reports a projected intrastate percentage of 100%
      And end office "WSC-1" is a Wireless Switching Center directly interconnected to the access tandem
      And the access tandem serving "WSC-1" is at V&H 5000,5000 and the customer's serving wire center at V&H 5030,5010
      And 1 Tandem Switched Termination is billed for "WSC-1"
      And 10,000 originating FG<fg> access minutes at end office "WSC-1" routed through the access tandem
      When the bill is rendered
      Then the charge for "tandem_switched_facility.originating" at "WSC-1" is $14.10
      And the charge for "tandem_switched_termination.originating" at "WSC-1" is $14.05
      And the charge for "tandem_switching.originating" at "WSC-1" is $60.00
      And the charge for "shared_tandem_multiplexing.originating" at "WSC-1" is $0.09
      And the charge for "carrier_common_line" at "WSC-1" is $0.00
      And the charge for "local_switching" at "WSC-1" is $0.00
      And the charge for "shared_trunk_port" at "WSC-1" is $0.00

      Examples: Local Transport only - 10 miles x $0.000141, $0.001405, $0.006000, $0.000009 a minute
        | fg |
        | B  |
        | D  |

    @clause:6.8.1(K) @tp:AC3-TST-011 @interpretation:wsc-billed-elements=with-common-line
    Scenario: read the other way, Carrier Common Line is billed too
      Given end office "WSC-1" reports a projected intrastate percentage of 100%
      And end office "WSC-1" is a Wireless Switching Center directly interconnected to the access tandem
      And the access tandem serving "WSC-1" is at V&H 5000,5000 and the customer's serving wire center at V&H 5030,5010
      And 10,000 originating FGD access minutes at end office "WSC-1" routed through the access tandem
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "WSC-1" is $338.00
      And the charge for "local_switching" at "WSC-1" is $0.00

    @clause:6.8.1(K) @tp:AC3-TST-012
    Scenario: FGD routed directly to a WSC that is interconnected at the tandem is refused, naming the office
      Given end office "WSC-1" reports a projected intrastate percentage of 100%
      And end office "WSC-1" is a Wireless Switching Center directly interconnected to the access tandem
      And 10,000 originating FGD access minutes at end office "WSC-1" routed directly
      When the bill is rendered
      Then end office "WSC-1" is rejected for a route a WSC at the tandem cannot take

