@document:access-catalog-3 @capability:switched-nonrecurring
Feature: Switched access nonrecurring charges (6.4.1(B)(1), 6.4.1(B)(3), 17.4.1)
  Installation per Entrance Facility; trunk activation per order for each 24 trunks or fraction
  activated; MF to SS7 conversion per 24 trunks or fraction per order; all in addition to the
  Access Order Charge.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 6.4.1(B)(1) - trunk activation per order per 24 trunks or fraction

    @clause:6.4.1(B)(1) @clause:17.4.1(A) @clause:17.4.1(B) @clause:5.4.1 @clause:6.4.1(B) @tp:AC3-NRC-001
    Scenario: the catalog's example - a DS1 Entrance Facility with 18 circuits, then 3 more
      When a new order "O-1" for switched access on 2025-03-03
      And the order installs 1 × local_transport_installation.ds1
      And the order activates 18 trunks
      And an addition order "O-2" for switched access on 2025-03-20
      And the order activates 3 trunks
      Then the charge for "local_transport_installation.ds1" at "O-1" is $400.00
      And the charge for "trunk_activation" at "O-1" is $209.00
      And the charge for "trunk_activation" at "O-2" is $209.00
      And the charge for "access_order.switched" at "O-1" is $37.50
      And the charge for "access_order.switched" at "O-2" is $37.50

    @clause:6.4.1(B)(1) @clause:17.4.1(B) @tp:AC3-NRC-002
    Scenario Outline: groups of 24 trunks or fraction on one order
      When a new order "O-1" for switched access on 2025-03-03
      And the order activates <trunks> trunks
      Then the charge for "trunk_activation" at "O-1" is <charge>

      Examples:
        | trunks | charge  |
        | 1      | $209.00 |
        | 24     | $209.00 |
        | 25     | $418.00 |
        | 48     | $418.00 |
        | 49     | $627.00 |

  Rule: 6.4.1(B)(3) - MF to SS7 conversion per 24 trunks or fraction

    @clause:6.4.1(B)(3) @clause:17.4.1(C) @tp:AC3-NRC-010
    Scenario: converting 30 FGD trunks to SS7 signaling
      When a change order "O-1" for switched access on 2025-03-03
      And the order converts 30 trunks from MF to SS7 signaling
      Then the charge for "trunk_conversion" at "O-1" is $420.00

    @clause:6.4.1(B)(3) @clause:17.4.1(C) @tp:AC3-NRC-011
    Scenario Outline: converting <trunks> FGD trunks to SS7 signaling on one order
      When a change order "O-1" for switched access on 2025-03-03
      And the order converts <trunks> trunks from MF to SS7 signaling
      Then the charge for "trunk_conversion" at "O-1" is <charge>

      Examples: $210.00 per 24 trunks or fraction
        | trunks | charge  |
        | 23     | $210.00 |
        | 24     | $210.00 |
        | 25     | $420.00 |

  Rule: 6.4.4(A) - a move within the same building

    @clause:6.4.4(A) @clause:5.4.1 @tp:AC3-NRC-020
    Scenario: moving a DS1 Entrance Facility within the building
      When a move-same-building order "O-1" for switched access on 2025-03-03
      And the order installs 1 × local_transport_installation.ds1
      Then the charge for "local_transport_installation.ds1" at "O-1" is $200.00
      And the charge for "access_order.switched" at "O-1" is $37.50

    @clause:6.4.4(B) @clause:2.4.2(A) @capability:minimum-periods @tp:AC3-NRC-021 @interpretation:minimum-period-charge=one-full-month @interpretation:proration-day-count=start-inclusive
    Scenario: moving a DS1 Entrance Facility ($51.42) to another building after 10 days - the old one pays its minimum month, the new one a full installation
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a flat-rated switched service "EF-1" of 1 × entrance_facility.ds1
      And the service is established on 2025-03-01
      And the service is disconnected on 2025-03-11
      When a move-other-building order "O-1" for switched access on 2025-03-11
      And the order installs 1 × local_transport_installation.ds1
      Then the charge for "local_transport_installation.ds1" at "O-1" is $400.00
      And the charge for "access_order.switched" at "O-1" is $37.50
      And the charge for "entrance_facility.ds1" at "EF-1" is $17.14
      And the minimum period charge for "EF-1" is $34.28

  Rule: 6.4.3 - a change of Feature Group is a disconnection and a new start, except the upgrades to FGD

    @clause:6.4.3 @tp:AC3-NRC-030 @interpretation:fg-upgrade-order-charge=applies
    Scenario Outline: an FGB service upgraded to FGD - a DS1 installation, 30 trunks activated and 24 converted to SS7
      When a change order "O-1" for switched access on 2025-03-20
      And the order changes the service from FGB to FGD
      And the final allocation results arrived on 2025-02-01 and the disconnect was ordered on <ordered> effective <effective>
      And the order installs 1 × local_transport_installation.ds1
      And the order activates 30 trunks
      And the order converts 24 trunks from MF to SS7 signaling
      Then the charge for "local_transport_installation.ds1" at "O-1" is <installation>
      And the charge for "trunk_activation" at "O-1" is <activation>
      And the charge for "trunk_conversion" at "O-1" is $210.00
      And the charge for "access_order.switched" at "O-1" is $37.50

      Examples: within 30 days to order the disconnect and 60 days for it to take effect
        | ordered    | effective  | installation | activation | why                                  |
        | 2025-03-03 | 2025-04-02 | $0.00        | $0.00      | day 30 and day 60: the upgrade is free |
        | 2025-03-04 | 2025-04-02 | $400.00      | $418.00    | the disconnect ordered on day 31     |
        | 2025-03-03 | 2025-04-03 | $400.00      | $418.00    | effective on day 61                  |

    @clause:6.4.3 @tp:AC3-NRC-031
    Scenario Outline: other changes of Feature Group
      When a change order "O-1" for switched access on 2025-03-20
      And the order changes the service from FG<old> to FG<new>
      And the upgrade is <timing> FGD becoming available in the end office
      And the order installs 1 × local_transport_installation.ds1
      Then the charge for "local_transport_installation.ds1" at "O-1" is <installation>

      @negative
      Examples: none due
        | old | new | timing          | installation | why                                        |
        | C   | D   | coincident with | $0.00        | FGC upgraded as FGD becomes available      |

      Examples:
        | old | new | timing          | installation | why                                        |
        | C   | D   | later than      | $400.00      | FGC upgraded later: a new start            |
        | A   | C   | later than      | $400.00      | not an upgrade to FGD                      |

    @clause:6.4.3 @tp:AC3-NRC-032 @interpretation:fg-upgrade-order-charge=waived
    Scenario: read the other way, the upgrade's Access Order Charge is waived too
      When a change order "O-1" for switched access on 2025-03-20
      And the order changes the service from FGB to FGD
      And the final allocation results arrived on 2025-02-01 and the disconnect was ordered on 2025-03-03 effective 2025-04-02
      And the order installs 1 × local_transport_installation.ds1
      Then the charge for "local_transport_installation.ds1" at "O-1" is $0.00
      And the charge for "access_order.switched" at "O-1" is $0.00

