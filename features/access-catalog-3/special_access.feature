@document:access-catalog-3 @capability:special-access
Feature: Special Access channel mileage, minimum periods and the Surcharge (7.2, 7.3, 17.5)
  Channel Mileage is a facility rate per airline mile, rounded up per section, times the billing
  percentage, plus a termination at each end; a zero-mile section bears neither. DS3 High Capacity
  has a twelve-month minimum. The Special Access Surcharge applies per voice grade equivalent
  unless the service is certified exempt; Section 17 files no surcharge rate, so the rate is an
  input of the case (the catalog's example uses $25).

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 7.2.1(B), 7.2.5 - channel mileage per section

    @clause:7.2.1(B) @clause:7.2.5 @clause:17.5.4 @tp:AC3-SPA-001
    Scenario Outline: a voice grade section ($2.00 a mile, $50.00 a termination)
      Given a voice_grade Channel Mileage section "M-1" of service "VG-1" from V&H <from> to V&H <to>
      When the bill is rendered
      Then the charge for "voice_grade.channel_mileage" at "VG-1" is <charge>

      @negative
      Examples: none due
        | from      | to        | charge  | miles                                |
        | 5000,5000 | 5000,5000 | $0.00   | zero: neither facility nor termination |

      Examples:
        | from      | to        | charge  | miles                                |
        | 5000,5000 | 5023,5000 | $116.00 | 7.27 rounds up to 8: $16.00 + $100.00 |
        | 5000,5000 | 5030,5010 | $120.00 | exactly 10: $20.00 + $100.00          |

    @clause:7.2.5 @clause:7.2.1(B)(2) @tp:AC3-SPA-002
    Scenario: through a hub each section is rounded up on its own - 2.21 and 3.16 miles bill 3 + 4, not 6 for 5.38
      Given a voice_grade Channel Mileage section "M-1" of service "VG-1" from V&H 5000,5000 to V&H 5007,5000
      And a voice_grade Channel Mileage section "M-2" of service "VG-1" from V&H 5007,5000 to V&H 5017,5000
      When the bill is rendered
      Then the charge for "voice_grade.channel_mileage_facility" at "VG-1" is $14.00
      And the charge for "voice_grade.channel_mileage_termination" at "VG-1" is $200.00

    @clause:2.4.7(B)(3)(f) @clause:17.5.6 @tp:AC3-SPA-003
    Scenario: a meet point DS1 section at 50% billing percentage
      Given a high_capacity.ds1 Channel Mileage section "M-1" of service "HC-1" of 10 airline miles billed at 50%
      When the bill is rendered
      Then the charge for "high_capacity.channel_mileage_facility.ds1" at "HC-1" is $75.00
      And the charge for "high_capacity.channel_mileage_termination.ds1" at "HC-1" is $300.00

    @clause:7.2.5 @clause:7.2.1(B) @tp:AC3-SPA-004
    Scenario: a section with neither miles nor coordinates is rejected; the service's other section is billed
      Given a voice_grade Channel Mileage section "M-1" of service "VG-1" with neither its miles nor its V&H coordinates
      And a voice_grade Channel Mileage section "M-2" of service "VG-1" from V&H 5000,5000 to V&H 5030,5010
      When the bill is rendered
      Then the section "M-1" is rejected
      And the charge for "voice_grade.channel_mileage_facility" at "VG-1" is $20.00
      And the charge for "voice_grade.channel_mileage_termination" at "VG-1" is $100.00

  Rule: 7.2.2(B)(2) - optional features: free with the service, the Access Order Charge afterwards

    @clause:7.2.2(B)(2) @capability:order-charges @tp:AC3-SPA-024
    Scenario: conditioning installed with the service bears no separate charge
      When a new order "O-1" for special access on 2025-03-10
      And the order installs 1 × special_nrc.voice_grade.installation.4w and 1 × special_nrc.voice_grade.conditioning
      Then the charge for "special_nrc.voice_grade.installation.4w" at "O-1" is $56.00
      And the charge for "special_nrc.voice_grade.conditioning" at "O-1" is $0.00
      And the charge for "access_order.special" at "O-1" is $75.00

    @clause:7.2.2(B)(2) @clause:17.5.1(C) @capability:order-charges @tp:AC3-SPA-025 @interpretation:option-nrc-later=aoc-and-nrc
    Scenario Outline: an option added to a working Voice Grade service - the Access Order Charge and the option's printed charge (page 17-8)
      When a change order "O-1" for special access on 2025-03-10
      And the order installs 1 × <element>
      Then the charge for "<element>" at "O-1" is <rate>
      And the charge for "access_order.special" at "O-1" is $75.00

      Examples:
        | element                                         | rate    |
        | special_nrc.voice_grade.conditioning            | $184.00 |
        | special_nrc.voice_grade.improved_return_loss.2w | $37.00  |
        | special_nrc.voice_grade.improved_return_loss.4w | $74.00  |

    @clause:7.2.2(B)(2) @capability:order-charges @tp:AC3-SPA-026 @interpretation:option-nrc-later=aoc-only
    Scenario: read the other way, the Access Order Charge alone
      When a change order "O-1" for special access on 2025-03-10
      And the order installs 1 × special_nrc.voice_grade.conditioning
      Then the charge for "special_nrc.voice_grade.conditioning" at "O-1" is $0.00
      And the charge for "access_order.special" at "O-1" is $75.00

  Rule: 7.1.3 - the catalog's two-point and multipoint examples

    @clause:7.1.3(A) @clause:7.2.1(B) @tp:AC3-SPA-030
    Scenario: a two-point Voice Grade service between two CDPs with C-Type conditioning (page 7-7)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a special access service "VG-1" of 2 × voice_grade.channel_termination.2w and 2 × voice_grade.conditioning.c_type
      And a voice_grade Channel Mileage section "SWC-SWC" of service "VG-1" from V&H 5000,5000 to V&H 5040,5030
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination" at "VG-1" is $90.00
      And the charge for "voice_grade.channel_mileage_termination" at "VG-1" is $100.00
      And the charge for "voice_grade.channel_mileage_facility" at "VG-1" is $32.00
      And the charge for "voice_grade.conditioning.c_type" at "VG-1" is $58.46

    @clause:7.1.3(B) @clause:7.2.1(B)(2) @tp:AC3-SPA-031
    Scenario: a Voice Grade multipoint service connecting four CDPs via two bridging hubs, the fourth served by the second hub's wire center - 4 sections of 5, 5, 16 and 4 miles, 8 terminations, 6 bridge ports (page 7-10)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a special access service "MP-1" of 4 × voice_grade.channel_termination.2w and 6 × voice_grade.voice_bridging.2w
      And a voice_grade Channel Mileage section "A-HUB1" of service "MP-1" from V&H 5000,5000 to V&H 5010,5010
      And a voice_grade Channel Mileage section "B-HUB1" of service "MP-1" from V&H 5020,5000 to V&H 5010,5010
      And a voice_grade Channel Mileage section "HUB1-HUB2" of service "MP-1" from V&H 5010,5010 to V&H 5050,5040
      And a voice_grade Channel Mileage section "C-HUB2" of service "MP-1" from V&H 5060,5040 to V&H 5050,5040
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination" at "MP-1" is $180.00
      And the charge for "voice_grade.voice_bridging" at "MP-1" is $32.10
      And the charge for "voice_grade.channel_mileage_termination" at "MP-1" is $400.00
      And the charge for "voice_grade.channel_mileage_facility" at "MP-1" is $60.00

  Rule: 7.2.4 - DS3 High Capacity has a twelve-month minimum

    @clause:7.2.4 @clause:2.4.2(B) @capability:minimum-periods @tp:AC3-SPA-010 @interpretation:ds3-early-discontinuance=lesser-of @interpretation:proration-day-count=start-inclusive
    Scenario: a DS3 channel termination ($2,400.00 a month) disconnected after February's 28 days: 332 of its 360 days remain, $2,400.00 x 332 / 30
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a special access service "DS3-1" of 1 × high_capacity.channel_termination.ds3
      And the service is established on 2025-02-01
      And its nonrecoverable costs less net salvage are $100,000.00
      And the service is disconnected on 2025-03-01
      When the bill is rendered
      Then the minimum period charge for "DS3-1" is $26,560.00

  Rule: 2.3.11(A), (B) - Special Access is billed here while certified intrastate

    @clause:2.3.11(A) @clause:2.3.11(B) @capability:proration @tp:AC3-SPA-040
    Scenario Outline: a voice grade service ($90.00 a month) becomes interstate on the day the customer's notice is received
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a special access service "SA-1" of 2 × voice_grade.channel_termination.2w
      And the service is established on 2025-01-01
      And the customer's notice that service "SA-1" is interstate was received on <received>
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination" at "SA-1" is <charge>
      And the minimum period charge for "SA-1" is $0.00

      @negative
      Examples: no charge applies to the change itself - none due
        | received   | charge | why                                   |
        | 2025-03-01 | $0.00  | interstate for the whole period       |

      Examples: no charge applies to the change itself
        | received   | charge | why                                   |
        | 2025-03-21 | $60.00 | March 1-20 intrastate: 20 days of 30  |
        | 2025-04-01 | $90.00 | received after the period             |

    @clause:2.3.11(A) @clause:2.4.1(F) @capability:proration @tp:AC3-SPA-041 @interpretation:proration-day-count=both-inclusive
    Scenario: counting both ends, a service disconnected on the day the customer's interstate notice is received is billed to the day before
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a special access service "SA-1" of 2 × voice_grade.channel_termination.2w
      And the service is established on 2025-01-01
      And the service is disconnected on 2025-03-21
      And the customer's notice that service "SA-1" is interstate was received on 2025-03-21
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination" at "SA-1" is $60.00

  Rule: 7.2.3 - moves

    @clause:7.2.3(A) @capability:order-charges @tp:AC3-SPA-020
    Scenario: moving a four-wire voice grade termination within the building - half its installation, and the Access Order Charge
      When a move-same-building order "O-1" for special access on 2025-03-10
      And the order installs 1 × special_nrc.voice_grade.installation.4w
      Then the charge for "special_nrc.voice_grade.installation.4w" at "O-1" is $28.00
      And the charge for "access_order.special" at "O-1" is $75.00

    @clause:7.2.2(B)(3) @capability:order-charges @tp:AC3-SPA-023
    Scenario Outline: a change of customer name or billing address is administrative; a change of Channel Termination type is a new installation
      When a <kind> order "O-1" for special access on 2025-03-10
      And the order installs <installs>
      Then the charge for "access_order.special" at "O-1" is <order>
      And the charge for "special_nrc" at "O-1" is <installation>

      @negative
      Examples: none due
        | kind                  | installs                                      | order  | installation | why                                       |
        | administrative-change | 0 × special_nrc.voice_grade.installation.2w   | $0.00  | $0.00        | administrative: no charge                 |

      Examples:
        | kind                  | installs                                      | order  | installation | why                                       |
        | change                | 1 × special_nrc.high_capacity.installation.ds1 | $75.00 | $400.00      | voice grade to DS1: a new installation    |

    @clause:7.2.3(B) @clause:2.4.2(A) @capability:minimum-periods @capability:order-charges @tp:AC3-SPA-021 @interpretation:minimum-period-charge=one-full-month @interpretation:proration-day-count=start-inclusive
    Scenario: moving a DS1 channel termination ($185.00) to another building after 10 days - a discontinuance and a new installation
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a special access service "HC-1" of 1 × high_capacity.channel_termination.ds1
      And the service is established on 2025-03-01
      And the service is disconnected on 2025-03-11
      When a move-other-building order "O-1" for special access on 2025-03-11
      And the order installs 1 × special_nrc.high_capacity.installation.ds1
      Then the charge for "special_nrc.high_capacity.installation.ds1" at "O-1" is $400.00
      And the charge for "access_order.special" at "O-1" is $75.00
      And the charge for "high_capacity.channel_termination.ds1" at "HC-1" is $61.67
      And the minimum period charge for "HC-1" is $123.33

  Rule: 7.3 - the Special Access Surcharge

    @clause:7.3.4(A) @clause:7.3.2(A) @tp:AC3-SUR-001
    Scenario Outline: the catalog's example - a DS1 of 24 voice grade equivalents at $25 a month
      Given a Special Access Surcharge of $25.00 a month per voice grade equivalent
      And service "HC-1" is a DS1 of 24 voice grade equivalents, <exempt> of them exempt and <spare> spare
      When the bill is rendered
      Then the charge for "special_access_surcharge" at "HC-1" is <charge>

      Examples:
        | exempt | spare | charge  |
        | 0      | 0     | $600.00 |
        | 4      | 2     | $450.00 |

    @clause:7.3.2(B) @tp:AC3-SUR-002 @negative
    Scenario: a service certified exempt bears no surcharge
      Given a Special Access Surcharge of $25.00 a month per voice grade equivalent
      And service "HC-1" is a DS1 of 24 voice grade equivalents, 0 of them exempt and 0 spare
      And service "HC-1" is certified exempt from the Special Access Surcharge
      When the bill is rendered
      Then the charge for "special_access_surcharge" at "HC-1" is $0.00

    @clause:7.3.4(D) @clause:7.3.4(B) @tp:AC3-SUR-003 @interpretation:report-on-bill-date=next-bill
    Scenario Outline: a certification of exempt status arrives - billing stops, and the days since the change are credited
      Given a Special Access Surcharge of $25.00 a month per voice grade equivalent
      And service "HC-1" is a DS1 of 24 voice grade equivalents, 0 of them exempt and 0 spare
      And the exemption certification for service "HC-1" was received on <received>, effective <effective>
      When the bill is rendered
      Then the charge for "special_access_surcharge" at "HC-1" is <charge>
      And the credit allowance for surcharge-HC-1 is <credit>

      @negative
      Examples: $600.00 a month; the bill is dated 2025-04-01 - none due
        | received   | effective  | charge  | credit    | why                                          |
        | 2025-03-20 | 2025-03-25 | $0.00   | $0.00     | a change after the receipt: nothing to credit |

      Examples: $600.00 a month; the bill is dated 2025-04-01
        | received   | effective  | charge  | credit    | why                                          |
        | 2025-03-20 | 2025-03-01 | $0.00   | $380.00   | 19 days on a 30-day month                    |
        | 2025-03-20 | 2024-12-21 | $0.00   | $1,780.00 | 89 days                                      |
        | 2025-03-20 | 2024-12-20 | $0.00   | $1,800.00 | exactly ninety days                          |
        | 2025-03-20 | 2024-10-01 | $0.00   | $1,800.00 | not more than ninety days                    |
        | 2025-04-01 | 2025-03-01 | $600.00 | $0.00     | received on the bill date: the next bill      |
        | 2025-04-15 | 2025-03-01 | $600.00 | $0.00     | not yet received: billed, nothing credited    |
