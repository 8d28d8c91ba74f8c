@document:access-catalog-3
Feature: Section 17 rate tables as printed (17.4.1(D), 17.4.2, 17.4.3(C), 17.5)
  Each expected amount below is copied from the filed page, not from spec/: a rate mistyped in the
  transcription, or a system billing a stale or neighbouring rate, fails here with the page named.
  One unit of each element is billed for a whole month (monthly rates) or installed on one order
  (nonrecurring charges).

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 17.4 - Switched Access monthly rates of Local Transport and the End Office

    @capability:local-transport @clause:17.4.2(A)(1) @clause:6.1.3(A)(1) @tp:AC3-RATE-001
    Scenario Outline: an Entrance Facility, per termination (page 17-3)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a flat-rated switched service "EF-1" of 1 × <element>
      When the bill is rendered
      Then the charge for "<element>" at "EF-1" is <rate>

      Examples: 17-3, effective January 1, 2017
        | element                                 | rate    |
        | entrance_facility.vg2w                  | $11.80  |
        | entrance_facility.vg4w                  | $17.65  |
        | entrance_facility.ds1                   | $51.42  |
        | entrance_facility.ds3                   | $514.13 |

    @capability:local-transport @clause:17.4.2(A)(4) @clause:6.1.3(A)(4) @clause:6.11.3 @tp:AC3-RATE-002
    Scenario Outline: a multiplexing arrangement (page 17-5)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a flat-rated switched service "MUX-1" of 1 × <element>
      When the bill is rendered
      Then the charge for "<element>" at "MUX-1" is <rate>

      Examples: 17-5, per arrangement
        | element                 | rate    |
        | multiplexing.ds3_to_ds1 | $226.25 |
        | multiplexing.ds1_to_voice | $176.00 |
        | multiplexing.ds1_to_ds0 | $176.00 |

    @capability:local-transport @clause:17.4.2(C)(1) @clause:17.4.2(C)(2) @clause:6.4.1(C)(5) @tp:AC3-RATE-003
    Scenario Outline: Common Channel Signaling Network Connection (page 17-5.1)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a flat-rated switched service "CCS-1" of <quantity> × <element>
      When the bill is rendered
      Then the charge for "<element>" at "CCS-1" is <charge>

      Examples: 17-5.1, effective August 18, 2018
        | element                              | quantity | charge    | printed                    |
        | signaling_mileage_facility.ds0       | 10       | $20.00    | $2.00 per mile             |
        | signaling_mileage_facility.ds1       | 10       | $150.00   | $15.00 per mile            |
        | signaling_mileage_termination.ds0    | 2        | $100.00   | $50.00 per termination     |
        | signaling_mileage_termination.ds1    | 2        | $300.00   | $150.00 per termination    |
        | signaling_entrance_facility.ds0      | 1        | $65.00    | $65.00 per facility        |
        | signaling_entrance_facility.ds1      | 1        | $185.00   | $185.00 per facility       |
        | stp_port                             | 1        | $900.00   | $900.00 per port           |

    @capability:local-transport @clause:17.4.3(C) @clause:6.11.1 @tp:AC3-RATE-004
    Scenario Outline: an End Office Dedicated Trunk Port (page 17-6.1)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a flat-rated switched service "PORT-1" of <quantity> × <element>
      When the bill is rendered
      Then the charge for "<element>" at "PORT-1" is <charge>

      Examples: 17-6.1, effective July 1, 2016 - per DS0, or per channel of a DS1
        | element                                   | quantity | charge | printed        |
        | end_office_dedicated_trunk_port.ds0       | 1        | $1.24  | $1.24 per DS0  |
        | end_office_dedicated_trunk_port.ds1_channel | 24     | $1.44  | $0.06 x 24     |

  Rule: 17.4.1(D), 17.5.1 - nonrecurring installation charges

    @capability:switched-nonrecurring @clause:17.4.1(D) @clause:6.1.3(A)(8) @tp:AC3-RATE-010
    Scenario Outline: CCS Network Connection, per Signaling Entrance Facility (page 17-2)
      Given a new order "O-1" for switched access on 2025-03-20
      And the order installs 1 × <element>
      When the bill is rendered
      Then the charge for "<element>" at "O-1" is <rate>

      Examples: 17-2
        | element                     | rate    |
        | ccs_network_connection.ds0  | $56.00  |
        | ccs_network_connection.ds1  | $400.00 |

    @capability:special-access @clause:17.5.1(A) @clause:17.5.1(B) @clause:17.5.1(C) @clause:17.5.1(D) @clause:17.5.1(E) @clause:7.2.2(B) @tp:AC3-RATE-011
    Scenario Outline: Special Access installation (pages 17-8 and 17-9)
      Given a new order "O-1" for special access on 2025-03-20
      And the order installs 1 × <element>
      When the bill is rendered
      Then the charge for "<element>" at "O-1" is <rate>
      And the access order charge is $75.00

      Examples: 17-8 and 17-9 - in addition to the Access Order Charge (7.2.2(B))
        | element                                         | rate    |
        | special_nrc.metallic.installation               | $56.00  |
        | special_nrc.telegraph.installation.2w           | $56.00  |
        | special_nrc.telegraph.installation.4w           | $56.00  |
        | special_nrc.voice_grade.installation.2w         | $56.00  |
        | special_nrc.voice_grade.installation.4w         | $56.00  |
        | special_nrc.digital_data.installation.2_4       | $150.00 |
        | special_nrc.digital_data.installation.64_0      | $150.00 |
        | special_nrc.high_capacity.installation.ds1      | $400.00 |
        | special_nrc.high_capacity.installation.ds3      | $750.00 |

  Rule: 17.5 - Special Access monthly rates

    @capability:special-access @clause:17.5.2 @clause:17.5.3 @clause:17.5.5 @clause:7.4.3 @tp:AC3-RATE-020
    Scenario Outline: Metallic, Telegraph Grade and Digital Data channel terminations and bridging (pages 17-10, 17-11, 17-16, 17-17)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a special access service "SA-1" of 1 × <element>
      When the bill is rendered
      Then the charge for "<element>" at "SA-1" is <rate>

      Examples: as printed
        | element                               | rate    | page  |
        | metallic.channel_termination.2w       | $45.00  | 17-10 |
        | metallic.bridging.three_premises      | $5.35   | 17-10 |
        | metallic.bridging.series              | $5.35   | 17-10 |
        | telegraph.channel_termination.2w      | $45.00  | 17-11 |
        | telegraph.channel_termination.4w      | $65.00  | 17-11 |
        | telegraph.bridging.2w                 | $5.35   | 17-11 |
        | telegraph.bridging.4w                 | $11.65  | 17-11 |
        | digital_data.channel_termination.2_4  | $160.00 | 17-16 |
        | digital_data.channel_termination.56_0 | $160.00 | 17-16 |
        | digital_data.channel_termination.64_0 | $176.00 | 17-16 |
        | digital_data.bridging                 | $11.65  | 17-17 |

    @capability:special-access @clause:17.5.4 @clause:7.6.3(A) @tp:AC3-RATE-022
    Scenario Outline: Voice Grade optional features (pages 17-12 to 17-14)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a special access service "VG-1" of 1 × <element>
      When the bill is rendered
      Then the charge for "<element>" at "VG-1" is <rate>

      Examples: as printed - per port, per channel connected or per termination
        | element                                          | rate   | page  |
        | voice_grade.voice_bridging.2w                    | $5.35  | 17-12 |
        | voice_grade.voice_bridging.4w                    | $11.65 | 17-12 |
        | voice_grade.data_bridging.2w                     | $5.35  | 17-13 |
        | voice_grade.data_bridging.4w                     | $11.65 | 17-13 |
        | voice_grade.telemetry_bridging.active.split_band | $5.35  | 17-13 |
        | voice_grade.telemetry_bridging.active.summation  | $5.35  | 17-13 |
        | voice_grade.telemetry_bridging.passive           | $5.35  | 17-13 |
        | voice_grade.conditioning.c_type                  | $29.23 | 17-14 |
        | voice_grade.conditioning.sealing_current         | $29.23 | 17-14 |
        | voice_grade.improved_return_loss.2w              | $1.59  | 17-14 |
        | voice_grade.improved_return_loss.4w              | $13.94 | 17-14 |

    @capability:special-access @clause:17.5.2 @clause:17.5.3 @clause:17.5.5 @clause:7.2.1(B) @tp:AC3-RATE-021
    Scenario Outline: Metallic, Telegraph Grade and Digital Data channel mileage, 10 airline miles (pages 17-10, 17-11, 17-16)
      Given a <rate_set> Channel Mileage section "M-1" of service "SA-1" of 10 airline miles billed at 100%
      When the bill is rendered
      Then the charge for "<facility>" at "SA-1" is <miles>
      And the charge for "<termination>" at "SA-1" is <terminations>

      Examples: $2.00 a mile and $50.00 a termination on every page
        | rate_set          | facility                                   | termination                                   | miles  | terminations |
        | metallic          | metallic.channel_mileage_facility          | metallic.channel_mileage_termination          | $20.00 | $100.00      |
        | telegraph         | telegraph.channel_mileage_facility         | telegraph.channel_mileage_termination         | $20.00 | $100.00      |
        | digital_data.9_6  | digital_data.channel_mileage_facility.9_6  | digital_data.channel_mileage_termination.9_6  | $20.00 | $100.00      |
        | digital_data.64_0 | digital_data.channel_mileage_facility.64_0 | digital_data.channel_mileage_termination.64_0 | $20.00 | $100.00      |
