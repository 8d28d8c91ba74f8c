@document:ica-frontier-granite-2006
Feature: The agreement's terms that decide an amount, a date or a yes or no (General Terms 3-30, Attachments 1-3)
  Every obligation of the agreement with a number, a date or a condition: deposits and their
  interest, the account's set-up, Letters of Authorization and transfers, the cost of audits, the
  steps of dispute resolution, force majeure, changes of law, approval expenses, insurance,
  amendments and waivers, liability, assignment, proprietary information, notices, trunk forecasts,
  ported calls, directory listings, resale's manner of use, fraud and Carrier's exit.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-04-01

  Rule: 3 - deposits: interest at the Commission's rate, an increase justified, applied on default

    @clause:3.1 @tp:ICA-DEP-010 @capability:deposits @interpretation:ica-deposit-interest=simple
    Scenario: a $2,000.00 deposit held 731 days at 1.5% a year
      Given a cash deposit of $2,000.00 received on 2023-01-02 for service with monthly charges of $1,500.00
      And the deposit was returned on 2025-01-02
      And the Commission prescribed deposit rate is 1.5% a year
      When the bill is rendered
      Then the deposit earns interest of $60.08

    @clause:3.1 @tp:ICA-DEP-011 @capability:deposits @interpretation:ica-deposit-interest=compound-annually
    Scenario: compounded at each anniversary
      Given a cash deposit of $2,000.00 received on 2023-01-02 for service with monthly charges of $1,500.00
      And the deposit was returned on 2025-01-02
      And the Commission prescribed deposit rate is 1.5% a year
      When the bill is rendered
      Then the deposit earns interest of $60.53

    @clause:3.1 @tp:ICA-DEP-014 @capability:deposits
    Scenario: a deposit received after the bill date has earned nothing by it
      Both readings of ica-deposit-interest count from the deposit's receipt to the bill date while
      it is held: received on April 15, it has earned nothing by the bill of April 1.
      Given a cash deposit of $2,000.00 received on 2025-04-15 for service with monthly charges of $1,500.00
      And the Commission prescribed deposit rate is 1.5% a year
      When the bill is rendered
      Then the deposit earns interest of $0.00

    @clause:3.4 @tp:ICA-DEP-012 @capability:deposits
    Scenario Outline: an increase of the deposit
      Given a cash deposit of $2,000.00 received on 2025-01-02 for service with monthly charges of $1,500.00
      And Frontier finds <conditions>
      When the bill is rendered
      Then the decision "deposit-increase-justified" on "account" is "<answer>"

      Examples:
        | conditions                                           | answer            |
        | a history of late payment                            | yes               |
        | a deposit short of two months' billing               | yes               |
        | reconnection after disconnection for non-payment     | yes               |
        | none of the listed conditions                        | frontier-judgment |

    @clause:3.5 @tp:ICA-DEP-013 @capability:deposits
    Scenario: service terminated for Carrier's default - the deposit is applied to its account
      Given a cash deposit of $2,000.00 received on 2025-01-02 for service with monthly charges of $1,500.00
      And Frontier terminated service to Carrier for its default on 2025-03-20
      When the bill is rendered
      Then the bill credits $2,000.00 for "deposit-1"

  Rule: 4 - no orders before the account's documents and deposit

    @clause:4 @tp:ICA-ACC-001 @capability:agreement
    Scenario Outline: Carrier's master account
      Given Carrier provided <documents> to open its account
      When the bill is rendered
      Then the decision "may-take-orders" on "account" is "<answer>"

      Examples:
        | documents                                                  | answer |
        | the questionnaire, proof of authority and proof of tariffs | yes    |
        | the questionnaire and proof of authority                   | no     |

    @clause:4 @tp:ICA-ACC-002 @capability:agreement
    Scenario: a tax exemption claimed without its certificate, or a deposit not met
      Given Carrier provided the questionnaire, proof of authority and proof of tariffs to open its account
      And Carrier claims a tax exemption
      When the bill is rendered
      Then the decision "may-take-orders" on "account" is "no"

  Rule: 6.4, 6.6, 6.9 - Letters of Authorization, transfer dates, bulk requests

    @clause:6.4 @tp:ICA-XFR-010 @capability:transfers
    Scenario: a Letter of Authorization is kept twenty-four months from its signature
      Given a Letter of Authorization "LOA-1" of End User "EU-1" obtained by Carrier, signed on 2024-02-29
      When the bill is rendered
      Then the decision "retain-until" on "LOA-1" is "2026-02-28"

    @clause:6.4 @tp:ICA-XFR-011 @capability:transfers
    Scenario Outline: in a conflict Frontier honors the latest dated Letter of Authorization
      Given a Letter of Authorization "LOA-1" of End User "EU-1" obtained by Carrier, signed on 2025-01-10
      And a Letter of Authorization "LOA-2" of End User "EU-1" obtained by Frontier, signed on <second>
      When the bill is rendered
      Then the decision "honored-loa" on "EU-1" is "<honored>"

      Examples:
        | second     | honored      |
        | 2025-02-01 | LOA-2        |
        | 2025-01-09 | LOA-1        |
        | 2025-01-10 | undetermined |

    @clause:6.6 @tp:ICA-XFR-012 @capability:transfers
    Scenario Outline: the installation date precedes the disconnection date
      Given a transfer "X-1" installed on 2025-03-10 and disconnected on <disconnected>
      When the bill is rendered
      Then the decision "dates-valid" on "X-1" is "<valid>"

      Examples:
        | disconnected | valid |
        | 2025-03-11   | yes   |
        | 2025-03-10   | no    |

    @clause:6.9 @tp:ICA-XFR-013 @capability:transfers
    Scenario Outline: bulk requests for End Users of one billing account
      Given a bulk transfer request "B-1" for billing accounts <accounts>
      When the bill is rendered
      Then the decision "bulk-accepted" on "B-1" is "<accepted>"

      Examples:
        | accounts          | accepted |
        | BAN-1 and BAN-1   | yes      |
        | BAN-1 and BAN-2   | no       |

  Rule: 7.5 - the Auditing Party bears the audit's cost

    @clause:7.5 @tp:ICA-AUD-010 @capability:audits
    Scenario: Carrier's audit of Frontier costs Carrier, whatever it finds
      Given Carrier gives notice on 2025-01-12 of an audit of Frontier's billing
      And the audit cost Carrier $25,000.00
      When the bill is rendered
      Then the decision "audit-costs-borne-by" on "audit-1" is "carrier"
      And the bill charges $0.00 for "audit-1"

  Rule: 8 - discussion, then mediation, then the Commission or a court; each Party bears its costs

    @clause:8 @tp:ICA-DR-001 @capability:agreement
    Scenario Outline: Carrier takes a dispute to <action> after discussing it with Frontier
      Given Carrier takes dispute "D-1" to <action> on 2025-03-20
      And after discussing it with Frontier on 2025-01-10
      When the bill is rendered
      Then the decision "step-in-order" on "D-1" is "<in_order>"
      And the decision "costs-borne-by" on "D-1" is "each-party"

      Examples:
        | action             | in_order | why                          |
        | a court            | no       | mediation must come first     |
        | mediation          | yes      | the second step               |
        | a public statement | yes      | after the discussion          |

    @clause:8 @tp:ICA-DR-003 @capability:agreement
    Scenario: a public statement before any discussion
      Given Carrier takes dispute "D-1" to a public statement on 2025-03-20
      When the bill is rendered
      Then the decision "step-in-order" on "D-1" is "no"

    @clause:8 @tp:ICA-DR-002 @capability:agreement
    Scenario: the Commission after discussion and unsuccessful mediation
      Given Carrier takes dispute "D-1" to the Commission on 2025-03-20
      And after discussing it with Frontier on 2025-01-10
      And after mediation failed on 2025-03-01
      When the bill is rendered
      Then the decision "step-in-order" on "D-1" is "yes"

  Rule: 9, 10.2, 10.4 - force majeure day for day; thirty days to amend; approval expenses shared equally

    @clause:9 @tp:ICA-GT-001 @capability:agreement
    Scenario Outline: an obligation prevented five days
      Given an obligation "O-1" due on 2025-03-10 prevented 5 days by a flood, <notice>
      When the bill is rendered
      Then the decision "performance-due" on "O-1" is "<due>"

      Examples:
        | notice                          | due        |
        | with notice to the other Party  | 2025-03-15 |
        | without notice                  | 2025-03-10 |

    @clause:10.2 @tp:ICA-GT-002 @capability:agreement
    Scenario Outline: an order effective March 1, 2025 changes the law
      Given an order "L-1" changing the law takes effect on 2025-03-01
      And the Parties agreed an amendment on <agreed>
      When the bill is rendered
      Then the decision "dispute-resolution-from" on "L-1" is "<answer>"

      Examples:
        | agreed     | answer     | why                           |
        | 2025-03-31 | not-needed | the thirtieth day             |
        | 2025-04-01 | 2025-04-01 | too late: dispute resolution  |

    @clause:10.4 @tp:ICA-GT-003 @capability:agreement
    Scenario: Frontier paid the approval expenses, Carrier pays half
      Given Frontier paid $1,000.01 of expenses "E-1" to obtain Commission approval
      And Carrier paid $800.00 of expenses "E-2" to obtain Commission approval
      When the bill is rendered
      Then the bill charges $500.01 for "E-1"
      And the bill credits $400.00 for "E-2"

  Rule: 13.1 - insurance of "A" VIII or better, at the listed minimums

    @clause:13.1 @tp:ICA-INS-001 @capability:agreement
    Scenario Outline: a Commercial General Liability policy
      Given Carrier's commercial general liability policy "P-1" of <limit>, its insurer rated <rating> <size>
      When the bill is rendered
      Then the decision "policy-compliant" on "P-1" is "<compliant>"

      Examples:
        | limit         | rating | size | compliant |
        | $1,000,000.00 | A      | VIII | yes       |
        | $999,999.99   | A      | VIII | no        |
        | $1,000,000.00 | A-     | VIII | no        |
        | $1,000,000.00 | A      | VII  | no        |
        | $1,000,000.00 | A+     | X    | yes       |

    @clause:13.1 @tp:ICA-INS-002 @capability:agreement
    Scenario: Frontier not named an additional insured, or less than thirty days' notice of cancellation
      Given Carrier's excess liability policy "P-1" of $10,000,000.00, its insurer rated A VIII
      And Frontier is not named an additional insured
      And Carrier's employer's liability policy "P-2" of $500,000.00, its insurer rated A VIII
      And the insurer gives 29 days' notice of cancellation
      And Carrier's workers' compensation policy "P-3" of $0.00, its insurer rated A VIII
      And Frontier is not named an additional insured
      When the bill is rendered
      Then the decision "policy-compliant" on "P-1" is "no"
      And the decision "policy-compliant" on "P-2" is "no"
      And the decision "policy-compliant" on "P-3" is "yes"

  Rule: 14, 15, 17.1, 20 - amendments and waivers in writing, liability to the charges, assignment

    @clause:14 @tp:ICA-GT-010 @capability:agreement
    Scenario Outline: an amendment
      Given an amendment "A-1" in writing, <dated>, signed by <parties>
      When the bill is rendered
      Then the decision "effective" on "A-1" is "<effective>"

      Examples:
        | dated   | parties              | effective |
        | dated   | Frontier and Carrier | yes       |
        | undated | Frontier and Carrier | no        |
        | dated   | Carrier              | no        |

    @clause:15 @tp:ICA-GT-011 @capability:agreement
    Scenario Outline: a waiver claimed against Frontier
      Given a waiver "W-1" in writing, signed by <signer>, claimed against Frontier
      When the bill is rendered
      Then the decision "effective" on "W-1" is "<effective>"

      Examples:
        | signer   | effective |
        | Frontier | yes       |
        | Carrier  | no        |

    @clause:17.1 @tp:ICA-GT-012 @capability:agreement
    Scenario Outline: liability limited to the charges of the service not performed
      Given Carrier claims <claimed> "C-1" for services Frontier charged $1,200.00
      When the bill is rendered
      Then the decision "liability-limit" on "C-1" is "<limit>"

      Examples:
        | claimed   | limit   |
        | $5,000.00 | 1200.00 |
        | $800.00   | 800.00  |

    @clause:20 @tp:ICA-GT-013 @capability:agreement
    Scenario Outline: an assignment of the agreement
      Given Carrier assigns the agreement "AS-1" to <to>, <how>
      When the bill is rendered
      Then the decision "assignment-valid" on "AS-1" is "<valid>"

      Examples:
        | to                                         | how                                  | valid |
        | a non-affiliate                            | without consent                      | no    |
        | a non-affiliate                            | with Frontier's prior written consent | yes   |
        | an affiliate certificated as a LEC         | with written notice                  | yes   |
        | an affiliate that is not a certificated LEC | with written notice                  | no    |

  Rule: 26, 30 - proprietary information; notices

    @clause:26.2 @clause:26.3 @tp:ICA-GT-020 @capability:agreement
    Scenario: written and marked, protected three years from its disclosure
      Given information "I-1" disclosed in writing on 2025-03-10
      And marked proprietary with the owner's name
      When the bill is rendered
      Then the decision "proprietary" on "I-1" is "yes"
      And the decision "protected-until" on "I-1" is "2028-03-10"

    @clause:26.2 @tp:ICA-GT-021 @capability:agreement @interpretation:ica-legal-holiday=federal
    Scenario Outline: disclosed orally on Monday March 10, 2025
      Given information "I-1" disclosed orally on 2025-03-10
      And reduced to writing and delivered on <written>
      When the bill is rendered
      Then the decision "proprietary" on "I-1" is "<proprietary>"

      Examples:
        | written    | proprietary | why                          |
        | 2025-04-21 | yes         | the thirtieth business day   |
        | 2025-04-22 | no          | the thirty-first             |

    @clause:26.2 @tp:ICA-GT-022 @capability:agreement
    Scenario: written but not marked
      Given information "I-1" disclosed in writing on 2025-03-10
      When the bill is rendered
      Then the decision "proprietary" on "I-1" is "no"
      And the bill gives no decision "protected-until" on "I-1"

    @clause:30 @tp:ICA-GT-030 @capability:agreement
    Scenario Outline: a notice given by <method>
      Given a notice "N-1" given by <method>
      When the bill is rendered
      Then the decision "notice-valid" on "N-1" is "<valid>"

      Examples:
        | method                                   | valid |
        | personal delivery                        | yes   |
        | certified mail, return receipt requested | yes   |
        | prepaid overnight express                | yes   |
        | certified mail without return receipt    | no    |
        | email                                    | no    |
        | first-class mail                         | no    |

  Rule: Attachment 1 - trunk forecasts, orders above them, ported calls

    @clause:A1-3.1 @tp:ICA-FC-001 @capability:trunk-forecasting
    Scenario Outline: a semi-annual forecast of a year
      Given Carrier's trunk forecast "F-1" of 2025-01-15 covers <months> months and describes projects for <projects> months
      When the bill is rendered
      Then the decision "forecast-complete" on "F-1" is "<complete>"
      And the decision "next-forecast-due" on "F-1" is "2025-07-15"

      Examples:
        | months | projects | complete |
        | 12     | 6        | yes      |
        | 11     | 6        | no       |
        | 12     | 5        | no       |

    @clause:A1-3.2 @tp:ICA-FC-002 @capability:trunk-forecasting
    Scenario Outline: an order for trunks against the forecast
      Given an order "T-1" for <trunks> trunks where 24 were forecast
      When the bill is rendered
      Then the decision "order-assured" on "T-1" is "<assured>"

      Examples:
        | trunks | assured |
        | 24     | yes     |
        | 25     | no      |

    @clause:A1-1.10 @tp:ICA-COMP-050 @capability:compensation
    Scenario Outline: a call routed to a number ported away from Carrier
      Given Carrier charges <charge> "P-1" for a call to a ported number, Frontier's non-queried call charge being $0.0050
      When the bill is rendered
      Then the decision "charge-allowed" on "P-1" is "<allowed>"

      Examples:
        | charge  | allowed |
        | $0.0050 | yes     |
        | $0.0051 | no      |

    @clause:A1-4.5 @tp:ICA-COMP-011 @capability:compensation
    Scenario: all other traffic, with no tariffed access rate given, is rejected - never billed at a guessed rate
      "subject to that Party's tariffed access charges": Frontier's access tariff is not
      among the sources, so its rate is a case input (access_rate); a case without it cannot be billed.
      Given Carrier delivers 1,000 minutes of access traffic to Frontier
      When the bill is rendered
      Then "traffic-1" is rejected

  Rule: Attachment 2 - listings before the cut-off, the standard primary listing free, liability to the charges paid

    @clause:A2-1.1 @clause:A2-1.4 @tp:ICA-DIR-001 @capability:directory
    Scenario Outline: a standard primary listing
      Given a standard primary listing "L-1" submitted on <submitted> for the cut-off of 2025-03-02
      When the bill is rendered
      Then the decision "in-directory" on "L-1" is "<in>"
      And the bill charges $0.00 for "L-1"

      Examples:
        | submitted  | in  |
        | 2025-03-01 | yes |
        | 2025-03-02 | no  |

    @clause:A2-1.4 @clause:A2-1.9 @tp:ICA-DIR-002 @capability:directory
    Scenario: a listing the agreement does not price, and the liability for it
      Given a bold listing "L-2" submitted on 2025-03-01 for the cut-off of 2025-03-02
      And Carrier paid $12.50 for it
      When the bill is rendered
      Then "L-2" is rejected
      And the decision "liability-limit" on "L-2" is "12.50"

  Rule: Attachment 3 - one End User per resold service; fraud; Carrier's exit

    @clause:A3-3.2 @tp:ICA-RES-020 @capability:resale
    Scenario: a resold line aggregating the traffic of two End Users
      Given Carrier resells 1 basic-business lines at a retail rate of $40.00
      And the resold line carries the traffic of 2 End Users
      When the bill is rendered
      Then "line-1" is rejected

    @clause:A3-3.8 @tp:ICA-RES-021 @capability:resale
    Scenario Outline: an adjustment for fraud
      Given Carrier asks an adjustment "FR-1" for fraud <cause>
      When the bill is rendered
      Then the decision "adjustment-allowed" on "FR-1" is "<allowed>"

      Examples:
        | cause                                       | allowed |
        | caused by Frontier's gross negligence       | yes     |
        | caused by Frontier's intentional misconduct | yes     |
        | by a third party                            | no      |

    @clause:A3-7.1 @tp:ICA-RES-022 @capability:resale
    Scenario: End Users without other arrangements fifteen days after Carrier's notice are served at retail
      Given Carrier mailed its End Users notice of its discontinuance on 2025-03-01
      When the bill is rendered
      Then the decision "other-arrangements-by" on "carrier-exit" is "2025-03-16"
