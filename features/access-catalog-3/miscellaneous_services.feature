@document:access-catalog-3 @capability:miscellaneous-services
Feature: Section 13 miscellaneous services with a filed price (13.3.1(A)(2), 13.3.3(B), 13.4(A)(3), 17.6.3)
  An end user's intraLATA PIC selection is free during the four months after its end office converts
  to equal access (or, for a new end user, when exchange service is ordered), and so is one change
  in those four months; every other selection or change is charged per line by method. A TSP request
  received after the Access Order to install the service is charged, and after the initial
  installation also bears a Miscellaneous Service Order Charge. Additional Automatic Tests are
  charged per test per transmission path, except routine tests on the routine schedule.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 13.4(A)(3), 17.6.3(H) - PIC change charges

    @clause:13.4(A)(3)(a) @clause:17.6.3(H) @tp:AC3-PIC-001
    Scenario Outline: an existing end user whose end office converted on 2025-01-10
      Given an existing end user's line "L-1" in an end office converted to equal access on 2025-01-10
      And "P-1" is the initial IPIC selection of line "L-1", submitted <method> on <initial>
      And "P-2" is an intraLATA PIC change of line "L-1", submitted <method> on <first>
      And "P-3" is an intraLATA PIC change of line "L-1", submitted <method> on <second>
      When the bill is rendered
      Then the charge for "pic_change" at "P-1" is <P1>
      And the charge for "pic_change" at "P-2" is <P2>
      And the charge for "pic_change" at "P-3" is <P3>

      Examples: manual $5.50, electronic $1.25 per line (17-25)
        | initial    | first      | second     | method         | P1    | P2    | P3    | why                                              |
        | 2025-02-01 | 2025-03-01 | 2025-04-01 | manually       | $0.00 | $0.00 | $5.50 | one free change in the four months, not two      |
        | 2025-02-01 | 2025-06-01 | 2025-07-01 | electronically | $0.00 | $1.25 | $1.25 | after the four months every change is charged    |
        | 2025-06-01 | 2025-07-01 | 2025-08-01 | manually       | $5.50 | $5.50 | $5.50 | an initial selection after the four months too   |

    @clause:13.4(A)(3)(b) @clause:17.6.3(H) @tp:AC3-PIC-002
    Scenario: a new end user selects when ordering exchange service, then changes twice
      Given a new end user's line "L-1" ordered on 2025-01-10
      And "P-1" is the initial IPIC selection of line "L-1", submitted manually on 2025-01-10
      And "P-2" is an intraLATA PIC change of line "L-1", submitted electronically on 2025-03-01
      And "P-3" is an intraLATA PIC change of line "L-1", submitted electronically on 2025-03-15
      When the bill is rendered
      Then the charge for "pic_change" at "P-1" is $0.00
      And the charge for "pic_change" at "P-2" is $0.00
      And the charge for "pic_change" at "P-3" is $1.25

    @clause:13.4(A)(3)(a) @clause:17.6.3(H) @tp:AC3-PIC-003
    Scenario Outline: both the interLATA and the intraLATA PIC in one request, after the four months
      Given an existing end user's line "L-1" in an end office converted to equal access on 2024-01-10
      And "P-1" is an interLATA and intraLATA PIC change of line "L-1", submitted <method> on 2025-03-01
      When the bill is rendered
      Then the charge for "pic_change" at "P-1" is <charge>

      Examples: 17.6.3(H)(3) and (4)
        | method         | charge |
        | manually       | $2.75  |
        | electronically | $0.63  |

    @clause:13.4(A)(3)(a) @tp:AC3-PIC-004 @interpretation:pic-four-month-window=through-same-date
    Scenario: one line's change on the same date four months after the conversion is inside the four months following it, another's the day after is not
      Given an existing end user's line "L-1" in an end office converted to equal access on 2025-01-10
      And an existing end user's line "L-2" in an end office converted to equal access on 2025-01-10
      And "P-1" is an intraLATA PIC change of line "L-1", submitted electronically on 2025-05-10
      And "P-2" is an intraLATA PIC change of line "L-2", submitted electronically on 2025-05-11
      When the bill is rendered
      Then the charge for "pic_change" at "P-1" is $0.00
      And the charge for "pic_change" at "P-2" is $1.25

    @clause:13.4(A)(3)(a) @tp:AC3-PIC-006 @interpretation:pic-four-month-window=through-same-date
    Scenario Outline: a first change on <day>, the conversion on 2025-01-10
      Given an existing end user's line "L-1" in an end office converted to equal access on 2025-01-10
      And "P-1" is an intraLATA PIC change of line "L-1", submitted electronically on <day>
      When the bill is rendered
      Then the charge for "pic_change" at "P-1" is <charge>

      @negative
      Examples: within the free months: nothing is charged
        | day        | charge | why                     |
        | 2025-05-09 | $0.00  | the day before          |
        | 2025-05-10 | $0.00  | the same date: within   |

      Examples: "during the four months following" the conversion
        | day        | charge | why                     |
        | 2025-05-11 | $1.25  | the day after: charged  |

    @clause:13.4(A)(3)(a) @tp:AC3-PIC-005 @interpretation:pic-four-month-window=before-same-date
    Scenario: read the other way, the four months end the day before the same date
      Given an existing end user's line "L-1" in an end office converted to equal access on 2025-01-10
      And an existing end user's line "L-2" in an end office converted to equal access on 2025-01-10
      And "P-1" is an intraLATA PIC change of line "L-1", submitted electronically on 2025-05-09
      And "P-2" is an intraLATA PIC change of line "L-2", submitted electronically on 2025-05-10
      When the bill is rendered
      Then the charge for "pic_change" at "P-1" is $0.00
      And the charge for "pic_change" at "P-2" is $1.25

  Rule: 13.3.3(B), 17.6.3(G) - Telecommunications Service Priority

    @clause:13.3.3(B) @clause:17.6.3(G) @tp:AC3-TSP-001
    Scenario Outline: a TSP request for a service
      Given a request "T-1" to <action> Telecommunications Service Priority for <class> service "S-1" <timing>, on 2025-03-10
      When the bill is rendered
      Then the charge for "telecommunications_service_priority" at "T-1" is <tsp>
      And the charge for "misc_service_order" at "T-1" is <order>

      @negative
      Examples: $160.00 per service arranged; Miscellaneous Service Order Charge $25.00 switched, $50.00 special - none due
        | action      | class    | timing                                          | tsp     | order  |
        | provide     | switched | with the Access Order to install it             | $0.00   | $0.00  |
        | discontinue | special  | after its initial installation                  | $0.00   | $0.00  |

      Examples: $160.00 per service arranged; Miscellaneous Service Order Charge $25.00 switched, $50.00 special
        | action      | class    | timing                                          | tsp     | order  |
        | provide     | switched | after the Access Order to install it was issued | $160.00 | $0.00  |
        | change      | switched | after its initial installation                  | $160.00 | $25.00 |
        | provide     | special  | after its initial installation                  | $160.00 | $50.00 |

  Rule: 13.3.1(A)(2), 17.6.3(B) - Additional Automatic Testing

    @clause:13.3.1(A)(2) @clause:13.3.1 @clause:6.2.4(B) @clause:6.5.5 @clause:17.6.3(B) @tp:AC3-AAT-001
    Scenario Outline: $2.89 per test per transmission path
      Given an Additional Automatic Test "A-1" of <test> on <paths> transmission paths of FGD on 2025-03-10, <schedule>
      When the bill is rendered
      Then the charge for "additional_automatic_testing" at "A-1" is <charge>

      @negative
      Examples: none due
        | test            | paths | schedule                       | charge | why                                     |
        | 1004 Hz loss    | 24    | on the routine schedule        | $0.00  | a routine test is not chargeable        |

      Examples:
        | test            | paths | schedule                       | charge | why                                     |
        | gain-slope      | 24    | requested                      | $69.36 | always an additional test               |
        | C-notched noise | 1     | requested                      | $2.89  | always an additional test               |
        | 1004 Hz loss    | 24    | requested as needed            | $69.36 | as needed, it is charged                |
        | balance         | 2     | more often than routine        | $5.78  | more than the routine schedule          |
        | C-message noise | 3     | requested as needed            | $8.67  |                                         |

  Rule: 13.3.1, 13.3.2, 17.6.3(A), (C)-(F) - services priced at the Additional Labor rates of 17.6.2(C)

    @clause:13.3.1(A)(3) @clause:17.6.3(C) @tp:AC3-AAT-010
    Scenario: Additional Manual Testing, 75 minutes by one technician at basic time - three half hours at $29.34
      When 1 technician works 75 minutes of additional manual testing at basic time on 2025-03-10
      Then the charge for "additional_labor.other.basic" is $88.02

    @clause:13.3.1(B)(1) @clause:17.6.3(D) @clause:13.3.1 @tp:AC3-ACT-001
    Scenario Outline: Additional Cooperative Acceptance Testing of Special Access, <minutes> minutes by one technician at basic time
      When 1 technician works <minutes> minutes of additional cooperative acceptance testing of special access at basic time on 2025-03-10
      Then the charge for "additional_labor.other.basic" is <charge>

      Examples: each half hour or fraction at $29.34
        | minutes | charge  |
        | 30      | $29.34  |
        | 31      | $58.68  |
        | 75      | $88.02  |

    @clause:13.3.1(B)(1) @clause:17.6.3(D) @clause:13.3.1 @tp:AC3-ACT-002
    Scenario: a call-out for Additional Cooperative Acceptance Testing of Special Access bears the four-hour minimum
      When 1 technician works 30 minutes of additional cooperative acceptance testing of special access at overtime on 2025-03-10
      And the work is a call-out not consecutive with the scheduled work period
      Then the charge for "additional_labor.other.overtime" is $352.00

    @clause:13.3.1(A)(1) @clause:17.6.3(A) @tp:AC3-ACT-003
    Scenario: Additional Cooperative Acceptance Testing of Switched Access, 75 minutes at basic time
      When 1 technician works 75 minutes of additional cooperative acceptance testing of switched access at basic time on 2025-03-10
      Then the charge for "additional_labor.other.basic" is $88.02

    @clause:13.3.1(B)(2) @clause:17.6.3(E) @tp:AC3-ACT-004
    Scenario: Additional Manual Testing of Special Access, 75 minutes at basic time
      When 1 technician works 75 minutes of additional manual testing of special access at basic time on 2025-03-10
      Then the charge for "additional_labor.other.basic" is $88.02

    @clause:7.1.6 @clause:13.3.1 @tp:AC3-ACT-005 @negative
    Scenario: the acceptance tests at the installation of Special Access are at no additional charge
      When 1 technician works 75 minutes of acceptance testing of special access at basic time on 2025-03-10
      Then no charge for "additional_labor" appears

    @clause:13.3.2(A) @clause:13.3.2(B) @clause:17.6.3(F) @tp:AC3-MOS-001
    Scenario Outline: Maintenance of Service - 50 minutes from the dispatch to the completion of the work, overtime
      When 1 technician works 50 minutes of maintenance of service at overtime on 2025-03-10
      And the dispatch found <found>
      Then the charge for "additional_labor.other.overtime" is <charge>

      @negative
      Examples: two half hours at $44.00 - none due
        | found                                               | charge |
        | the trouble in the Telephone Company's facilities   | $0.00  |

      Examples: two half hours at $44.00
        | found                                               | charge |
        | no trouble in the Telephone Company's facilities    | $88.00 |
        | the trouble in equipment the customer provided      | $88.00 |
