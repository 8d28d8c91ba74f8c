@document:access-catalog-3
Feature: Mixed interstate and intrastate Switched Access: flat charges prorated by jurisdiction (2.3.12)
  When a Switched Access service carries both interstate and intrastate traffic, every charge is
  prorated by the interstate percentage of 2.3.11: the interstate share of a monthly or nonrecurring
  element is the percentage times the quantity times the rate, and this catalog bills the rest.
  Usage is prorated the same way (2.3.12(B), see jurisdiction.feature).

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 2.3.12(A) - monthly elements

    @capability:local-transport @clause:2.3.12 @clause:2.3.12(A) @clause:6.3.1(A) @tp:AC3-MIX-001 @interpretation:proration-day-count=start-inclusive
    Scenario Outline: a DS1 Entrance Facility ($51.42) with 24 dedicated trunk port channels ($0.06 each)
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a flat-rated switched service "EF-1" of 1 × entrance_facility.ds1 and 24 × end_office_dedicated_trunk_port.ds1_channel
      And the service is <interstate>% interstate
      And the service is established on <established>
      When the bill is rendered
      Then the charge for "entrance_facility.ds1" at "EF-1" is <facility>
      And the charge for "end_office_dedicated_trunk_port.ds1_channel" at "EF-1" is <ports>

      @negative
      Examples: intrastate share x quantity x rate, rounded once - none due
        | interstate | established | facility | ports | why                                     |
        | 100        | 2025-03-01  | $0.00    | $0.00 | all interstate: nothing on this catalog |

      Examples: intrastate share x quantity x rate, rounded once
        | interstate | established | facility | ports | why                                     |
        | 40         | 2025-03-01  | $30.85   | $0.86 | 60% of $51.42 and of $1.44              |
        | 0          | 2025-03-01  | $51.42   | $1.44 | all intrastate                          |
        | 40         | 2025-04-16  | $15.43   | $0.43 | 15 days of a 30-day month, then 60%     |

  Rule: 2.3.12(A) - nonrecurring elements of the order

    @capability:switched-nonrecurring @clause:2.3.12 @clause:2.3.12(A) @tp:AC3-MIX-002 @interpretation:mixed-use-ordering-charges=prorated
    Scenario: a new order for a DS1 Entrance Facility with 30 trunks, 20% interstate - every charge of the order prorated
      When a new order "O-1" for switched access on 2025-03-20
      And the order is 20% interstate
      And the order installs 1 × local_transport_installation.ds1
      And the order activates 30 trunks
      Then the charge for "local_transport_installation.ds1" at "O-1" is $320.00
      And the charge for "trunk_activation" at "O-1" is $334.40
      And the charge for "access_order.switched" at "O-1" is $30.00

    @capability:switched-nonrecurring @clause:2.3.12(A) @tp:AC3-MIX-003 @interpretation:mixed-use-ordering-charges=elements-only
    Scenario: read the other way, the Access Order Charge is billed in full
      When a new order "O-1" for switched access on 2025-03-20
      And the order is 20% interstate
      And the order installs 1 × local_transport_installation.ds1
      And the order activates 30 trunks
      Then the charge for "local_transport_installation.ds1" at "O-1" is $320.00
      And the charge for "trunk_activation" at "O-1" is $334.40
      And the charge for "access_order.switched" at "O-1" is $37.50

  Rule: 7.2.7 - a High Capacity facility whose derived channels serve Special and Switched Access

    @capability:special-access @capability:local-transport @clause:7.2.7 @tp:AC3-MIX-010
    Scenario Outline: a DS1 to a hub ($185.00 termination, $300.00 DS1-to-voice multiplexing) with <switched> of 24 channels switched
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a special access service "HC-1" of 1 × high_capacity.channel_termination.ds1 and 1 × high_capacity.multiplexing.ds1_to_voice
      And the service is a mixed use facility with <switched> of its 24 channels activated for Switched Access
      And a flat-rated switched service "EF-1" of 1 × entrance_facility.ds1
      And the service is a mixed use facility with <switched> of its 24 channels activated for Switched Access
      When the bill is rendered
      Then the charge for "high_capacity.channel_termination.ds1" at "HC-1" is <termination>
      And the charge for "high_capacity.multiplexing.ds1_to_voice" at "HC-1" is <multiplexing>
      And the charge for "entrance_facility.ds1" at "EF-1" is <entrance>

      Examples: the special side reduced by 1/24 a switched channel, the Entrance Facility ($51.42) at the switched share
        | switched | termination | multiplexing | entrance |
        | 0        | $185.00     | $300.00      | $0.00    |
        | 8        | $123.33     | $200.00      | $17.14   |
        | 24       | $0.00       | $0.00        | $51.42   |

