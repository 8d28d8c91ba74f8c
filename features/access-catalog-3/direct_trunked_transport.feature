@document:access-catalog-3 @capability:local-transport
Feature: Direct Trunked Transport and mileage (6.1.3(A)(2), 6.4.6, 2.4.7(B)(3)(a), (b), (d))
  A Direct Trunked Facility rate per airline mile, any fraction rounded up to the next whole mile,
  times the billing percentage; a Direct Trunked Termination at each end of each measured segment,
  not multiplied by the billing percentage; nothing at all for a segment of zero miles.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 6.4.6 - V&H airline miles, a fraction rounded up

    @clause:6.4.6 @clause:6.1.3(A)(2) @clause:2.4.7(B)(3)(a) @clause:17.4.2(A)(2) @clause:2.6_V_and_H_Coordinates_Method @tp:AC3-DTT-001
    Scenario Outline: a DS1 segment between two wire centers ($1.48 a mile, $0.45 a termination)
      Given a DS1 Direct Trunked Facility segment "S-1" from V&H <from> to V&H <to>
      When the bill is rendered
      Then the charge for "direct_trunked_facility.ds1" at "S-1" is <facility>
      And the charge for "direct_trunked_termination.ds1" at "S-1" is <terminations>

      @negative
      Examples: miles = sqrt((dV^2 + dH^2) / 10), rounded up - none due
        | from      | to        | facility | terminations | miles                          |
        | 5000,5000 | 5000,5000 | $0.00    | $0.00        | zero: neither rate applies     |

      Examples: miles = sqrt((dV^2 + dH^2) / 10), rounded up
        | from      | to        | facility | terminations | miles                          |
        | 5000,5000 | 5030,5010 | $14.80   | $0.90        | exactly 10                     |
        | 5000,5000 | 5010,5010 | $7.40    | $0.90        | 4.47 rounds up to 5            |
        | 5000,5000 | 5001,5000 | $1.48    | $0.90        | 0.32 rounds up to 1            |

    @clause:6.4.6(H) @clause:6.4.6 @tp:AC3-DTT-003
    Scenario: multiplexed at a hub, each segment is measured and rated on its own - 2.30 and 3.16 miles bill 3 + 4, not 6 for 5.41
      Given a DS1 Direct Trunked Facility segment "SWC-HUB" from V&H 5000,5000 to V&H 5007,5002
      And a DS1 Direct Trunked Facility segment "HUB-EO" from V&H 5007,5002 to V&H 5017,5002
      When the bill is rendered
      Then the charge for "direct_trunked_facility.ds1" at "SWC-HUB" is $4.44
      And the charge for "direct_trunked_facility.ds1" at "HUB-EO" is $5.92
      And the charge for "direct_trunked_termination.ds1" at "SWC-HUB" is $0.90
      And the charge for "direct_trunked_termination.ds1" at "HUB-EO" is $0.90

    @clause:6.4.6 @clause:6.1.3(A)(2) @tp:AC3-DTT-004
    Scenario: a segment with neither miles nor coordinates cannot be measured - it is rejected and the other segment is billed
      Given a DS1 Direct Trunked Facility segment "S-1" with neither its miles nor its V&H coordinates
      And a DS1 Direct Trunked Facility segment "S-2" from V&H 5000,5000 to V&H 5030,5010
      When the bill is rendered
      Then the segment "S-1" is rejected
      And the charge for "direct_trunked" at "S-1" is $0.00
      And the charge for "direct_trunked_facility.ds1" at "S-2" is $14.80
      And the charge for "direct_trunked_termination.ds1" at "S-2" is $0.90

  Rule: 2.4.7(B)(3)(b), (d) - the billing percentage applies to the facility only

    @clause:2.4.7(B)(3)(d) @clause:2.4.7(B)(3)(b) @clause:6.1.3(A)(2) @tp:AC3-DTT-002
    Scenario Outline: a 26-mile DS1 segment at each company's billing percentage
      Given a DS1 Direct Trunked Facility segment "S-1" of 26 airline miles billed at <bp>% with 2 terminations
      When the bill is rendered
      Then the charge for "direct_trunked_facility.ds1" at "S-1" is <facility>
      And the charge for "direct_trunked_termination.ds1" at "S-1" is $0.90

      Examples: 26 x $1.48 = $38.48
        | bp  | facility |
        | 100 | $38.48   |
        | 60  | $23.09   |
        | 40  | $15.39   |

  Rule: 6.11.1 - a Dedicated Trunk Port per channel, at the switch where the dedicated trunk terminates

    @clause:6.11.1 @clause:17.4.2(A)(3) @tp:AC3-DTP-001
    Scenario Outline: a port at the access tandem bears the 17-4 rate
      Given a Dedicated Trunk Port "P-1" terminating <channels> <channel> channels at the access tandem
      When the bill is rendered
      Then the charge for "dedicated_trunk_port" at "P-1" is <amount>
      And the charge for "end_office_dedicated_trunk_port" at "P-1" is $0.00

      Examples: 17-4: $16.77 per DS0, $7.89 per DS1 channel
        | channels | channel | amount  |
        | 2        | DS0     | $33.54  |
        | 24       | DS1     | $189.36 |

    @clause:6.11.1 @clause:17.4.3(C) @tp:AC3-DTP-002 @interpretation:dedicated-trunk-port-rate-sets=by-location
    Scenario Outline: a port at an end office bears the End Office rate of 17-6.1 only
      Given a Dedicated Trunk Port "P-1" terminating <channels> <channel> channels at the end office
      When the bill is rendered
      Then the charge for "end_office_dedicated_trunk_port" at "P-1" is <amount>
      And the charge for "dedicated_trunk_port" at "P-1" is $0.00

      Examples: 17-6.1: $1.24 per DS0, $0.06 per DS1 channel
        | channels | channel | amount |
        | 2        | DS0     | $2.48  |
        | 24       | DS1     | $1.44  |

    @clause:6.11.1 @clause:17.4.3(C) @clause:17.4.2(A)(3) @tp:AC3-DTP-003 @interpretation:dedicated-trunk-port-rate-sets=both-at-end-office
    Scenario: under the reading that an end office port bears both sets, 2 DS0 channels at an end office
      Given a Dedicated Trunk Port "P-1" terminating 2 DS0 channels at the end office
      When the bill is rendered
      Then the charge for "end_office_dedicated_trunk_port.ds0" at "P-1" is $2.48
      And the charge for "dedicated_trunk_port.ds0" at "P-1" is $33.54
