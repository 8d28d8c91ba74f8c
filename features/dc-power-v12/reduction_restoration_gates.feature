@document:dc-power-v12
Feature: the gates of DC Power Reduction and Restoration applications (DC Power Overview V12.0)
  An application is accepted only when the ICA has the terms, the collocation is Central Office
  based, a reduced site was accepted and is not under construction, and the CLEC's financial
  obligations are current; the amps asked for must be ones the Definitions allow. After acceptance
  the document decides where a restoration is connected and at which charges, whether it can still
  be cancelled, what a fuse shortage notice leads to, and when a requested measurement is due.

  Background:
    Given a CLEC collocated in WA at ICA rates of capacity $10.00, usage $8.00 at 60 amps or less and $9.00 over
    And a bill dated 2025-04-01
    And the billing period runs from 2025-04-01 to 2025-04-30
    And a primary feed of 50 amps
    And a secondary feed of 50 amps

  Rule: the collocation's standing

    @clause:ICA-TC @tp:DCP-GATE-001 @capability:reduction-restoration
    Scenario Outline: no application before the ICA has the terms
      Given the ICA has no DC Power <missing> terms
      And a <kind> of feed-2 to 30 amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "<accepted>"

      Examples:
        | missing     | kind        | accepted |
        | Reduction   | reduction   | no       |
        | Restoration | reduction   | yes      |
        | Restoration | restoration | no       |
        | Reduction   | restoration | yes      |

    @clause:CO-ONLY @tp:DCP-GATE-002 @capability:reduction-restoration
    Scenario Outline: only at Central Office based collocations
      Given the collocation is not Central Office based
      And a <kind> of feed-2 to 30 amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "no"
      And the capacity charge is $1,000.00

      Examples:
        | kind        |
        | reduction   |
        | restoration |

    @clause:RED-ACCEPTED @tp:DCP-GATE-003 @capability:reduction-restoration
    Scenario Outline: a reduction only at a site the CLEC accepted and not under construction
      Given <site>
      And a reduction of feed-2 to 30 amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "no"

      Examples:
        | site                              |
        | the site is under construction    |
        | the CLEC has not accepted the site |

    @clause:RED-BILL @clause:RED-ACCEPTED @tp:DCP-GATE-006 @capability:reduction-restoration
    Scenario: a reduction refused at its gates leaves the ordered amps billed
      Given the site is under construction
      And a reduction of feed-2 to 30 amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "no"
      And the capacity charge is $1,000.00
      And the capacity adjustment is $0.00

    @clause:FIN-CURRENT @tp:DCP-GATE-004 @capability:reduction-restoration
    Scenario Outline: financial obligations current: no monthly charge more than thirty days past due
      Given the oldest monthly recurring charge not formally disputed is <days> days past due
      And a <kind> of feed-2 to 30 amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "<accepted>"

      Examples:
        | days | kind        | accepted |
        | 30   | reduction   | yes      |
        | 31   | reduction   | no       |
        | 30   | restoration | yes      |
        | 31   | restoration | no       |

    @clause:FIN-CURRENT @tp:DCP-GATE-005 @capability:reduction-restoration
    Scenario: every quoted nonrecurring charge of the site paid
      Given the site has $0.01 of quoted nonrecurring charges unpaid
      And a reduction of feed-2 to 30 amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "no"
      And the capacity charge is $1,000.00

  Rule: the amps a reduction may ask for

    @clause:RWOR-MIN20 @tp:DCP-GATE-010 @capability:reduction-restoration
    Scenario Outline: without reservation a reduced feed keeps 20 amps
      Given a reduction of <feed> to <amps> amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "<accepted>"

      Examples:
        | feed   | amps  | accepted | why                               |
        | feed-2 | 20    | yes      | the minimum                       |
        | feed-2 | 19.99 | no       | under it                          |
        | feed-1 | 20    | yes      | a primary feed down to 20 amps    |
        | feed-1 | 0     | no       | a primary feed never goes to zero |

    @clause:SEC-ZERO-NORES @clause:DEF-DEACT @tp:DCP-GATE-011 @capability:reduction-restoration
    Scenario: a secondary feed to zero without reservation is a deactivation
      Given a reduction of feed-2 to 0 amps without reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "yes"
      And the decision "treated-as" on "application-1" is "deactivation"

    @clause:SEC-ZERO-NORES @tp:DCP-GATE-012 @capability:reduction-restoration
    Scenario: a reserved feed is not a deactivation
      Given a reduction of feed-2 to 0 amps with reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "yes"
      And the bill gives no decision "treated-as" on "application-1"

    @clause:RWR-ZERO @tp:DCP-GATE-013 @capability:reduction-restoration
    Scenario Outline: with reservation only a secondary feed, and only to zero
      Given a reduction of <feed> to <amps> amps with reservation, accepted and paid in full 2025-03-10
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "<accepted>"

      Examples:
        | feed   | amps | accepted |
        | feed-2 | 0    | yes      |
        | feed-2 | 20   | no       |
        | feed-1 | 0    | no       |

  Rule: the amps a restoration may ask for, and what it costs

    @clause:RESTWOR @clause:REST-MAX @tp:DCP-GATE-020 @capability:reduction-restoration
    Scenario Outline: restored to at least 20 amps and at most the original level
      Given a restoration of feed-2 to <amps> amps without reservation, accepted and paid in full 2025-03-10
      And the feeds' original level was 40 amps
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "<accepted>"

      Examples:
        | amps  | accepted | why                    |
        | 19.99 | no       | under the minimum      |
        | 20    | yes      | the minimum            |
        | 40    | yes      | the original level     |
        | 40.01 | no       | more is an augment     |

    @clause:RESTWR @clause:PMC @tp:DCP-GATE-021 @capability:reduction-restoration
    Scenario Outline: a reserved feed is restored only from the spare amps at validation
      Given a secondary feed of 40 amps reduced to zero and reserved on 2025-01-15 at a Power Maintenance Charge of $25.00
      And a restoration of feed-3 to 30 amps with reservation, accepted and paid in full 2025-03-10
      And the power source had <spare> spare amps when the request was validated
      When the bill is rendered
      Then the decision "application-accepted" on "application-1" is "<accepted>"

      Examples:
        | spare | accepted |
        | 30    | yes      |
        | 29.99 | no       |

    @clause:REST-ALT @clause:REST-CHG @tp:DCP-GATE-022 @capability:reduction-restoration
    Scenario Outline: the original source and the standard power elements, or an alternate source and augment rates
      Given a restoration of feed-2 to 40 amps without reservation, accepted and paid in full 2025-03-10
      And <situation>
      When the bill is rendered
      Then the decision "power-source" on "application-1" is "<source>"
      And the decision "restoration-charges" on "application-1" is "<charges>"

      Examples:
        | situation                                                | source    | charges                   |
        | the feeds' original level was 50 amps                     | original  | standard-power-elements   |
        | the original power board has no capacity for the request | alternate | collocation-augment-rates |
        | new power cabling is required to reach the power source  | original  | collocation-augment-rates |

  Rule: after the application

    @clause:NO-CANCEL @tp:DCP-GATE-030 @capability:reduction-restoration @interpretation:dcp-cancel-payment-day=not-cancellable
    Scenario Outline: no cancellation once 100% of the nonrecurring charges is paid
      Given a reduction of feed-2 to 20 amps accepted 2025-03-01, quoted 2025-03-05 and paid in full 2025-03-10
      And the CLEC asked to cancel the application on <asked>
      When the bill is rendered
      Then the decision "cancellable" on "application-1" is "<cancellable>"

      Examples:
        | asked      | cancellable |
        | 2025-03-09 | yes         |
        | 2025-03-10 | no          |

    @clause:NO-CANCEL @tp:DCP-GATE-033 @capability:reduction-restoration @interpretation:dcp-cancel-payment-day=cancellable
    Scenario: read the other way, a request on the day of the payment still cancels
      Given a reduction of feed-2 to 20 amps accepted 2025-03-01, quoted 2025-03-05 and paid in full 2025-03-10
      And the CLEC asked to cancel the application on 2025-03-10
      When the bill is rendered
      Then the decision "cancellable" on "application-1" is "yes"

    @clause:FUSE-RECLAIM @tp:DCP-GATE-031 @capability:reduction-restoration
    Scenario Outline: thirty days to answer a fuse shortage notice, else the feed is deactivated
      Given a notice of an imminent shortage of fuse positions received 2025-03-01
      And <answer>
      When the bill is rendered
      Then the decision "respond-by" on "notice-1" is "2025-03-31"
      And the decision "fuse-positions" on "notice-1" is "<positions>"

      Examples:
        | answer                                   | positions   |
        | the CLEC answered "restore" on 2025-03-31 | restored    |
        | the CLEC answered "return" on 2025-03-31  | returned    |
        | the CLEC answered "restore" on 2025-04-01 | deactivated |

    @clause:FUSE-RECLAIM @tp:DCP-GATE-032 @capability:reduction-restoration
    Scenario Outline: no answer: deactivated once the thirty days have run
      Given a notice of an imminent shortage of fuse positions received <received>
      When the bill is rendered
      Then the decision "fuse-positions" on "notice-1" is "<positions>"

      Examples:
        | received   | positions         |
        | 2025-03-01 | deactivated       |
        | 2025-03-02 | awaiting-response |

    @clause:MEAS-30D @tp:DCP-GATE-040 @capability:measurement
    Scenario: a measurement within thirty calendar days of the written request
      Given a written request for a measurement on 2025-03-10 after equipment was installed
      When the bill is rendered
      Then the decision "measure-by" on "request 2025-03-10" is "2025-04-09"

    @clause:SC-NEWCOLLO @tp:DCP-GATE-041 @capability:self-certification
    Scenario: a collocation added between reporting periods is billed on the ICA's terms
      Given the collocation is in CO
      And the CLEC signed the Measured Power Amendment
      And the collocation was added since the last reporting period
      And a self-certified reading of 25 amps on 2025-04-20, due on 2025-04-15
      When the bill is rendered
      Then the capacity charge is $1,000.00

    @clause:SC-NEWCOLLO @tp:DCP-GATE-042 @capability:self-certification
    Scenario: a collocation on the agreed list is billed on its reported amps
      Given the collocation is in CO
      And the CLEC signed the Measured Power Amendment
      And a self-certified reading of 25 amps on 2025-04-20, due on 2025-04-15
      When the bill is rendered
      Then the capacity charge is $250.00
