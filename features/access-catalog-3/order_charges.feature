@document:access-catalog-3 @capability:order-charges
Feature: Charges associated with access ordering (5.4) and re-establishment of service (2.4.5)
  The Access Order Charge applies per order for new service and for additions, changes and
  rearrangements, except in ten listed cases. Order changes are charged per occurrence; a design
  change bears the Design Change Charge and not the Access Order Charge. Section 13 services
  ordered with no pending order bear the Miscellaneous Service Order Charge. Service re-established
  after a fire or flood is free under four conditions.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 5.4.1 - the Access Order Charge and its exceptions

    @clause:5.4.1 @clause:17.3(A) @tp:AC3-ORD-001
    Scenario Outline: the Access Order Charge per order, by column
      When a <kind> order "O-1" for <class> access on 2025-03-10
      Then the access order charge is <charge>

      @negative
      Examples: none due
        | kind                               | class    | charge |
        | administrative-change              | switched | $0.00  |
        | telephone-company-reconfiguration  | switched | $0.00  |
        | icb-conversion                     | special  | $0.00  |

      Examples:
        | kind                               | class    | charge |
        | new                                | switched | $37.50 |
        | new                                | special  | $75.00 |
        | addition                           | switched | $37.50 |
        | rearrangement                      | special  | $75.00 |
        | stp-signaling-change               | switched | $37.50 |

    @clause:5.4.1 @tp:AC3-ORD-002 @negative
    Scenario Outline: another charge displaces the Access Order Charge
      When a change order "O-1" for switched access on 2025-03-10
      And a <charge> charge is applicable to the order
      Then the access order charge is $0.00

      Examples:
        | charge                   |
        | Interim NXX Translation  |
        | Presubscription          |
        | 900 Blocking Service     |

    @clause:5.4.1 @tp:AC3-ORD-003 @negative
    Scenario: a change to a pending order that does not reissue it bears no Access Order Charge
      When a pending-order-change order "O-1" for switched access on 2025-03-10
      Then the access order charge is $0.00

    @clause:5.4.1 @tp:AC3-ORD-004
    Scenario: a change that cancels the pending order and issues a new one bears the charge
      When a pending-order-change order "O-1" for switched access on 2025-03-10
      And the change cancels the pending order and issues a new one
      Then the access order charge is $37.50

    @clause:5.4.1 @clause:17.4.1(A) @tp:AC3-ORD-005
    Scenario: installation charges are in addition to the Access Order Charge
      When a new order "O-1" for switched access on 2025-03-10
      And the order installs 2 × local_transport_installation.ds1
      Then the access order charge is $37.50
      And the installation charge is $800.00

    @clause:13.5.1 @capability:miscellaneous-services @tp:AC3-ORD-023
    Scenario Outline: an order adding or removing International Blocking on an FGA line
      When a <kind> order "O-1" for switched access on 2025-03-10
      And the order asks for the Section 13 services international-blocking
      And it is ordered <timing> the initial installation of the service
      Then the miscellaneous service order charge is <charge>

      @negative
      Examples: the Blocking Service charge itself is printed N/A (17.6.3(I)) - none due
        | kind       | timing | charge | why                                          |
        | section-13 | with   | $0.00  | ordered with the line                        |
        | disconnect | after  | $0.00  | removed at the same time as the disconnection |

      Examples: the Blocking Service charge itself is printed N/A (17.6.3(I))
        | kind       | timing | charge | why                                          |
        | section-13 | after  | $25.00 | added to a working line                      |

  Rule: 5.4.3 - order changes per occurrence; an increase is a new order for the increase only

    @clause:5.4.3 @clause:5.4.3(A) @clause:17.3(C) @tp:AC3-ORD-010 @interpretation:blank-pages-5-19-5-22=rate-per-occurrence
    Scenario Outline: service date changes are charged per occurrence instead of the Access Order Charge
      When a change order "O-1" for <class> access on 2025-03-10
      And the customer changes the service date <times> times
      Then the service date change charge is <charge>
      And the access order charge is $0.00

      Examples:
        | class    | times | charge  |
        | switched | 2     | $50.00  |
        | special  | 2     | $100.00 |

    @clause:5.4.3(A) @tp:AC3-ORD-011 @interpretation:blank-pages-5-19-5-22=not-billable
    Scenario: without the text of page 5-19 no service date change is billed
      When a change order "O-1" for switched access on 2025-03-10
      And the customer changes the service date 2 times
      Then the service date change charge is $0.00

    @clause:5.4.3(B) @clause:17.3(D) @tp:AC3-ORD-012
    Scenario: an authorized design change bears the Design Change Charge, not the Access Order Charge
      When a change order "O-1" for switched access on 2025-03-10
      And the customer authorizes 1 design change
      Then the design change charge is $25.00
      And the access order charge is $0.00

    @clause:5.4.3 @tp:AC3-ORD-013 @negative
    Scenario: changes to meet Special Access transmission performance are free
      When a change order "O-1" for special access on 2025-03-10
      And the customer authorizes 1 design change
      And the change is needed to meet the transmission performance of the Special Access service
      Then the design change charge is $0.00

    @clause:5.4.3 @tp:AC3-ORD-014
    Scenario: an increase is a new order for the increased amount only
      When an increase order "O-1" for switched access on 2025-03-10
      And the order installs 1 × local_transport_installation.ds1
      Then the access order charge is $37.50
      And the installation charge is $400.00

  Rule: 5.4.2 - the Miscellaneous Service Order Charge

    @clause:5.4.2 @clause:17.3(B) @tp:AC3-ORD-020
    Scenario Outline: Section 13 services ordered on their own
      When a section-13 order "O-1" for <class> access on 2025-03-10
      And the order asks for the Section 13 services <services>
      Then the miscellaneous service order charge is <charge>
      And the access order charge is $0.00

      @negative
      Examples: none due
        | class    | services                                   | charge |
        | switched | presubscription                            | $0.00  |
        | switched | billing-name-and-address, 900-blocking     | $0.00  |

      Examples:
        | class    | services                                   | charge |
        | switched | overtime-repair                            | $25.00 |
        | special  | maintenance-of-service                     | $50.00 |
        | switched | other-labor, standby-repair                | $25.00 |

    @clause:5.4.2 @tp:AC3-ORD-021
    Scenario Outline: no charge while an order is pending, except where it always applies
      When a section-13 order "O-1" for switched access on 2025-03-10
      And the order asks for the Section 13 services <services>
      And a service order is already pending
      Then the miscellaneous service order charge is <charge>

      @negative
      Examples: none due
        | services                                  | charge |
        | additional-engineering                    | $0.00  |
        | overtime-installation                     | $0.00  |
        | cooperative-acceptance-testing            | $0.00  |
        | testing-with-other-companies-acceptance   | $0.00  |

      Examples:
        | services                                  | charge |
        | overtime-repair                           | $25.00 |

    @clause:5.4.2 @tp:AC3-ORD-022
    Scenario: Telecommunications Service Priority ordered after installation bears the charge
      When a section-13 order "O-1" for switched access on 2025-03-10
      And the order asks for the Section 13 services telecommunications-service-priority
      And it is ordered after the initial installation of the service
      Then the miscellaneous service order charge is $25.00

  Rule: 2.4.5 - re-establishment of service after a fire, flood or other occurrence

    @clause:2.4.5(A) @capability:re-establishment @tp:AC3-REE-001
    Scenario Outline: the same service re-established within 60 days is free
      When a new order "O-1" for switched access on 2025-03-10
      And the order installs 1 × local_transport_installation.ds1
      And the order re-establishes service after a flood, <days> days after service became available
      Then the access order charge is <order charge>
      And the installation charge is <installation>

      @negative
      Examples: none due
        | days | order charge | installation |
        | 30   | $0.00        | $0.00        |
        | 60   | $0.00        | $0.00        |

      Examples:
        | days | order charge | installation |
        | 61   | $37.50       | $400.00      |

    @clause:2.4.5(A) @capability:re-establishment @tp:AC3-REE-002 @negative
    Scenario: the 60 days may be extended when renovation is not practical
      When a new order "O-1" for switched access on 2025-03-10
      And the order installs 1 × local_transport_installation.ds1
      And the order re-establishes service after a flood, 90 days after service became available
      And the Telephone Company extended the 60-day period because renovation was not practical
      Then the installation charge is $0.00

    @clause:2.4.5(B) @capability:re-establishment @tp:AC3-REE-003
    Scenario: service at a different location pending re-establishment bears nonrecurring charges
      When a new order "O-1" for switched access on 2025-03-10
      And the order installs 1 × local_transport_installation.ds1
      And the order re-establishes service after a flood, 10 days after service became available
      And the re-establishment is at a different location on the premises
      Then the installation charge is $400.00
