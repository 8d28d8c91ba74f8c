@document:access-catalog-3
Feature: The physical arrangement decides the elements and quantities (7.2.1(A), 7.6.3(J), 2.4.4(B)(1)(b), 7.2.5, 6.4.1(C)(5), 6.5.4, 6.6.4, 7.8.1, 6.4.1(C)(6))
  The case states what was built - where a channel ends and how, which legs of a multipoint service
  failed, what a hub does, the signaling link, where FGA gives off-hook, the subscriber lines behind
  a tandem, the hours a channel was in service, the queries launched and completed - and the bill
  derives the elements and quantities the catalog prices.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And the billing period runs from 2025-04-01 to 2025-04-30

  Rule: 7.2.1(A), 7.6.3(J) - a Channel Termination per premises, at the channel's effective wires

    @clause:7.6.3(J) @clause:7.2.1(A) @tp:AC3-ARR-001 @capability:special-access
    Scenario: an effective four-wire Voice Grade channel ended on a two-wire interface bears the four-wire rate
      Given a special access service "VG-1" ended at these premises:
        | premises | channel     | effective wires | interface wires |
        | P-1      | voice grade | 4               | 2               |
        | P-2      | voice grade | 4               | 4               |
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination.4w" at "VG-1" is $130.00
      And the charge for "voice_grade.channel_termination.2w" at "VG-1" is $0.00

    @clause:7.2.1(A) @tp:AC3-ARR-002 @capability:special-access
    Scenario: a premises collocated with its serving wire center in a Telephone Company building still bears its Channel Termination
      Given a special access service "VG-1" ended at these premises:
        | premises | channel     | effective wires | collocated |
        | P-1      | voice grade | 2               | yes        |
        | P-2      | voice grade | 2               | no         |
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination.2w" at "VG-1" is $90.00

    @clause:7.2.1(A) @tp:AC3-ARR-003 @capability:special-access
    Scenario Outline: two-point Digital Data at <speed> Kbps
      Given a special access service "DD-1" ended at these premises:
        | premises | channel      | speed   |
        | P-1      | digital data | <speed> |
        | P-2      | digital data | <speed> |
      When the bill is rendered
      Then the charge for "digital_data.channel_termination" at "DD-1" is <charge>

      Examples: 56.0 and 64.0 Kbps bear only one Channel Termination
        | speed | charge  |
        | 56_0  | $160.00 |
        | 64_0  | $176.00 |
        | 9_6   | $320.00 |

    @clause:7.2.1(A) @tp:AC3-ARR-004 @capability:special-access @interpretation:ct-mileage-miles=round-up
    Scenario Outline: a DS1 Channel Termination <miles> miles from its serving wire center
      Given a special access service "HC-1" ended at these premises:
        | premises | channel       | speed | loop miles |
        | P-1      | high capacity | ds1   | <miles>    |
      When the bill is rendered
      Then the charge for "high_capacity.channel_termination.ds1.mileage_over_3" at "HC-1" is <mileage>

      @negative
      Examples: nothing is charged
        | miles | mileage |
        | 3     | $0.00   |

      Examples: $35.00 per mile over three miles, a fraction of a mile rounded up
        | miles | mileage |
        | 3.2   | $35.00  |
        | 5     | $70.00  |

    @clause:7.2.1(A) @tp:AC3-ARR-005 @capability:special-access @interpretation:ct-mileage-miles=whole-miles
    Scenario: read as whole miles, 3.2 miles bear no Channel Termination Mileage
      Given a special access service "HC-1" ended at these premises:
        | premises | channel       | speed | loop miles |
        | P-1      | high capacity | ds1   | 3.2        |
      When the bill is rendered
      Then the charge for "high_capacity.channel_termination.ds1.mileage_over_3" at "HC-1" is $0.00

  Rule: 2.4.4(B)(1)(b) - a multipoint service is credited on the legs that failed

    @clause:2.4.4(B)(1)(b) @clause:2.4.4(B)(1) @tp:AC3-ARR-010 @capability:credit-allowances
    Scenario: one of three DS1 legs fails for eight hours
      Given a multipoint special access service "MP-1" of 1 × high_capacity.multiplexing.ds1_to_voice, with legs:
        | leg | elements                                                                                                                       |
        | L-1 | 1 × high_capacity.channel_termination.ds1 and 20 × high_capacity.channel_mileage_facility.ds1 and 1 × high_capacity.channel_mileage_termination.ds1 |
        | L-2 | 1 × high_capacity.channel_termination.ds1 and 10 × high_capacity.channel_mileage_facility.ds1 and 1 × high_capacity.channel_mileage_termination.ds1 |
        | L-3 | 1 × high_capacity.channel_termination.ds1 and 5 × high_capacity.channel_mileage_facility.ds1 and 1 × high_capacity.channel_mileage_termination.ds1  |
      When service "MP-1" is out of service for 480 minutes from 2025-03-10 09:00
      And only leg "L-1" was inoperative
      Then the credit allowance for interruption-1 is $7.06

    @clause:2.4.4(B)(1)(b) @tp:AC3-ARR-011 @capability:credit-allowances
    Scenario: the monthly bill carries every leg
      Given a multipoint special access service "MP-1" of 1 × high_capacity.multiplexing.ds1_to_voice, with legs:
        | leg | elements                                                                            |
        | L-1 | 1 × high_capacity.channel_termination.ds1 and 20 × high_capacity.channel_mileage_facility.ds1 |
        | L-2 | 1 × high_capacity.channel_termination.ds1                                           |
      When the bill is rendered
      Then the charge for "high_capacity.channel_termination.ds1" at "MP-1" is $370.00
      And the charge for "high_capacity.multiplexing.ds1_to_voice" at "MP-1" is $300.00

  Rule: 7.2.5 - a hub splits the mileage only when it bridges or multiplexes for the customer

    @clause:7.2.5 @clause:7.2.1(B) @clause:7.2.1(C) @clause:2.6_Hub @tp:AC3-ARR-020 @capability:special-access
    Scenario Outline: a Voice Grade section routed through a hub used for <purpose>
      Given a special access service "VG-1" of 2 × voice_grade.channel_termination.2w
      And a voice grade channel mileage section "CM-1" of service "VG-1" from V&H 5000,5000 to V&H 5017,5002 through a hub at V&H 5007,5002 used for <purpose>
      When the bill is rendered
      Then the charge for "voice_grade.channel_mileage_facility" at "VG-1" is <facility>
      And the charge for "voice_grade.channel_mileage_termination" at "VG-1" is <terminations>

      Examples: 3 + 4 miles through the hub, 6 miles end to end ($2.00 a mile, $50.00 a termination)
        | purpose      | facility | terminations |
        | bridging     | $14.00   | $200.00      |
        | multiplexing | $14.00   | $200.00      |
        | test access  | $12.00   | $100.00      |

  Rule: 6.4.1(C)(5) - a signaling link bears mileage, terminations, an entrance facility and an STP port

    @clause:6.4.1(C)(5) @clause:6.10.3(B) @tp:AC3-ARR-030 @capability:local-transport
    Scenario: a DS0 link of 6 miles
      Given a DS0 signaling link "SL-1" from a serving wire center at V&H 5000,5000 to an STP at V&H 5017,5002
      When the bill is rendered
      Then the charge for "signaling_mileage_facility.ds0" at "SL-1" is $12.00
      And the charge for "signaling_mileage_termination.ds0" at "SL-1" is $100.00
      And the charge for "signaling_entrance_facility.ds0" at "SL-1" is $65.00
      And the charge for "stp_port" at "SL-1" is $900.00

    @clause:6.4.1(C)(5) @tp:AC3-ARR-031 @capability:local-transport @interpretation:ct-mileage-miles=round-up
    Scenario: a DS1 link of zero miles, its point of interface 4.5 miles from the wire center
      Given a DS1 signaling link "SL-1" from a serving wire center at V&H 5000,5000 to an STP at V&H 5000,5000
      And its signaling point of interface is 4.5 miles from the serving wire center
      When the bill is rendered
      Then the charge for "signaling_mileage_termination.ds1" at "SL-1" is $0.00
      And the charge for "signaling_entrance_facility.ds1.mileage_over_3" at "SL-1" is $70.00

  Rule: 6.5.4 - FGA off-hook before answer: the measured minutes are the chargeable minutes

    @clause:6.5.4 @clause:6.10.1(C) @tp:AC3-ARR-040 @capability:switched-usage @interpretation:ncta-rounding-order=add-then-round @interpretation:access-minute-rounding=up
    Scenario Outline: an FGA hunt group that gives off-hook <when>
      Given these calls at end office "EO-1":
        | id | FG | direction   | line | off hook            | end user disconnect |
        | c1 | A  | originating | HG-1 | 2025-03-01 00:00:00 | 2025-03-05 20:40:00 |
      And end office "EO-1" reports a projected intrastate percentage of 100%
      And an FGA NCTA sample study for end office "EO-1": 1,000 measured messages, completion ratio .75, NCTA per attempt .4
      And the customer's equipment at end office "EO-1" gives the FGA off-hook signal <when>
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <minutes>

      Examples:
        | when                             | minutes | why                              |
        | before the called party answers  | 7000    | measured from off-hook: no NCTA  |
        | when the called party answers    | 7534    | the NCTA completes the minutes   |

  Rule: 6.6.4 - FGB at an access tandem without end office measurement, apportioned by subscriber lines

    @clause:6.6.4 @tp:AC3-ARR-050 @capability:switched-usage
    Scenario: 1,000 originating FGB minutes at the tandem, 300 and 700 subscriber lines behind it
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-2" reports a projected intrastate percentage of 100%
      And 1,000 originating FGB access minutes measured only at access tandem "AT-1"
      And access tandem "AT-1" serves end offices with subscriber lines EO-1 300 and EO-2 700
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "EO-1" is $6.29
      And the charge for "local_switching_1.originating" at "EO-2" is $14.68

  Rule: 7.8.1 - error-free seconds are a share of the seconds in service

    @clause:7.8.1 @clause:2.4.4(B) @tp:AC3-ARR-060 @capability:credit-allowances
    Scenario Outline: an HC1 DS1 ($185.00) in service 24 hours with <errored> errored seconds
      Given a special access service "HC-1" of 1 × high_capacity.channel_termination.ds1
      And the service has Technical Specifications Package HC1
      When service "HC-1" is out of service for 1440 minutes from 2025-03-10 09:00
      And the service was in service 24 hours with <errored> errored seconds
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: within specification: nothing is credited
        | errored | credit | why                               |
        | 1080    | $0.00  | exactly 98.75%                    |

      Examples: 98.75% of 86,400 seconds is 85,320 error-free seconds
        | errored | credit | why                               |
        | 1081    | $6.17  | below it: an interruption         |

  Rule: 6.4.1(C)(6) - each completed query, whether or not the call is delivered

    @clause:6.4.1(C)(6) @clause:6.1.3(A)(8) @tp:AC3-ARR-070 @capability:db800 @interpretation:db800-query-basis=completed
    Scenario: 1,000 queries launched, 900 completed, 850 calls delivered; EO-1 has 20% of the minutes
      Given the tandem counts 0 800 Data Base queries for the customer, and its subtending end offices measure EO-1 2,000 minutes, EO-2 3,000 minutes, EO-3 5,000 minutes
      And of them 1000 queries were launched, 900 completed and 850 delivered
      When end office "EO-1" bills its share
      Then the charge for "db800_query.basic" at "EO-1" is $2.12

    @clause:6.1.3(C)(2) @tp:AC3-ARR-071 @capability:db800 @interpretation:db800-query-basis=launched
    Scenario: read as each query launched, EO-1 bears 200 queries
      Given the tandem counts 0 800 Data Base queries for the customer, and its subtending end offices measure EO-1 2,000 minutes, EO-2 3,000 minutes, EO-3 5,000 minutes
      And of them 1000 queries were launched, 900 completed and 850 delivered
      When end office "EO-1" bills its share
      Then the charge for "db800_query.basic" at "EO-1" is $2.35
