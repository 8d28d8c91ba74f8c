@document:dc-power-v12
Feature: DC power for collocation (DC Power Overview V12.0)
  Capacity and usage are charged per amp at the rates of the CLEC's ICA (here: capacity $10.00,
  usage $8.00 at 60 amps or less and $9.00 over 60 amps, the single charge $15.00). Usage on an order
  over 60 amps follows the measured amps once the CLEC opted into measurement, with a one amp
  minimum; usage on an order of 60 amps or less is billed on the ordered amps and never adjusted.

  Background:
    Given a CLEC collocated in WA at ICA rates of capacity $10.00, usage $8.00 at 60 amps or less and $9.00 over
    And a bill dated 2025-04-01
    And the billing period runs from 2025-04-01 to 2025-04-30

  Rule: the 60 amp line

    @clause:USE-LE60 @clause:CAP-BASIS @clause:STATES-SPLIT @tp:DCP-USE-001 @capability:power-billing
    Scenario Outline: 60 amps or less: ordered amps, whatever a reading says
      Given a primary feed of <amps> amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of 20 amps on 2025-03-10
      When the bill is rendered
      Then the capacity charge is <capacity>
      And the usage charge is <usage>

      Examples:
        | amps | capacity | usage   |
        | 40   | $400.00  | $320.00 |
        | 60   | $600.00  | $480.00 |

    @clause:USE-GT60 @tp:DCP-USE-011 @capability:measurement
    Scenario Outline: an order of <amps> amps is over the line: measured
      Given a primary feed of <amps> amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of 20 amps on 2025-03-10
      When the bill is rendered
      Then the usage charge is <usage>

      Examples: "all orders of greater than 60 amps", at $9.00 an amp
        | amps | usage   |
        | 60.5 | $180.00 |
        | 61   | $180.00 |

    @clause:USE-GT60 @clause:MEAS-DEFAULT @clause:USE-BASIS @tp:DCP-USE-002 @capability:power-billing @interpretation:dcp-sixty-amp-test=per-order
    Scenario: over 60 amps, not opted in: ordered amps
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And a semi-annual reading of 30 amps on 2025-03-10
      When the bill is rendered
      Then the usage charge is $900.00

    @clause:USE-GT60 @tp:DCP-USE-003 @capability:measurement @interpretation:dcp-sixty-amp-test=per-order
    Scenario: over 60 amps, opted in: the measured amps from the reading on
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of 30 amps on 2025-03-10
      When the bill is rendered
      Then the usage charge is $270.00
      And the capacity charge is $1,000.00

    @clause:USE-MIN1 @tp:DCP-USE-004 @capability:measurement @interpretation:dcp-fractional-amps=as-measured @interpretation:dcp-sixty-amp-test=per-order
    Scenario: one amp minimum
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of 0.4 amps on 2025-03-10
      When the bill is rendered
      Then the usage charge is $9.00

    @clause:USE-MIN1 @tp:DCP-USE-008 @capability:measurement @interpretation:dcp-fractional-amps=as-measured @interpretation:dcp-sixty-amp-test=per-order
    Scenario Outline: a reading of <amps> amps
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of <amps> amps on 2025-03-10
      When the bill is rendered
      Then the usage charge is <usage>

      Examples: "a one amp minimum charge", at $9.00 an amp
        | amps | usage  |
        | 0.4  | $9.00  |
        | 1    | $9.00  |
        | 1.5  | $13.50 |

    @clause:USE-GT60 @tp:DCP-USE-005 @capability:measurement @interpretation:dcp-backdate-proration=daily-30 @interpretation:dcp-sixty-amp-test=per-order
    Scenario: a reading in the month splits it
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of 30 amps on 2025-04-11
      When the bill is rendered
      Then the usage charge is $480.00

    @clause:USE-GT60 @tp:DCP-USE-009 @capability:measurement @interpretation:dcp-backdate-proration=daily-30
    Scenario: a reading on the last day of the month bills that day at the measured amps
      Given a primary feed of 100 amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of 30 amps on 2025-04-30
      When the bill is rendered
      Then the usage charge is $879.00

    @clause:MEAS-BACKDATE @tp:DCP-USE-006 @capability:measurement @interpretation:dcp-backdate-proration=daily-30 @interpretation:dcp-sixty-amp-test=per-order
    Scenario: a requested reading adjusts billing back to the request
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And the CLEC has opted into DC power measurement
      And a reading of 30 amps on 2025-04-10 requested on 2025-03-22
      When the bill is rendered
      Then the usage charge is $270.00
      And the usage adjustment is -$210.00

    @clause:MEAS-BACKDATE @tp:DCP-USE-010 @capability:measurement @interpretation:dcp-backdate-proration=daily-30
    Scenario: a requested reading taken on the first of the month is adjusted back on that month's bill
      Given a primary feed of 100 amps
      And the CLEC has opted into DC power measurement
      And a reading of 30 amps on 2025-04-01 requested on 2025-03-22
      When the bill is rendered
      Then the usage charge is $270.00
      And the usage adjustment is -$210.00

    @clause:USE-GT60 @clause:USE-LE60 @tp:DCP-USE-007 @capability:measurement @interpretation:dcp-sixty-amp-test=per-order
    Scenario: two 40 amp feeds are an 80 amp order
      Given a primary feed of 40 amps
      And a secondary feed of 40 amps
      And the CLEC has opted into DC power measurement
      And a semi-annual reading of 30 amps on 2025-03-10
      When the bill is rendered
      Then the usage charge is $270.00

    @clause:USE-GT60 @clause:USE-LE60 @tp:DCP-USE-012 @capability:power-billing @interpretation:dcp-sixty-amp-test=per-feed
    Scenario: read per feed, an 80 amp feed and a 40 amp feed each bill usage at their own rate
      Given a primary feed of 80 amps
      And a secondary feed of 40 amps
      When the bill is rendered
      Then the usage charge is $1,040.00

    @clause:MEAS-MAX4 @tp:DCP-MEAS-001 @capability:measurement @interpretation:dcp-measurement-year=calendar-year @interpretation:dcp-sixty-amp-test=per-order
    Scenario: a fifth reading in a year is not used
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And the CLEC has opted into DC power measurement
      And semi-annual readings of 30 amps on 2025-01-10, 2025-02-10, 2025-03-10 and 2025-03-20
      And a semi-annual reading of 10 amps on 2025-03-25
      When the bill is rendered
      Then the usage charge is $270.00
      And the reading of 2025-03-25 is rejected

    @clause:MEAS-MAX4 @tp:DCP-MEAS-002 @capability:measurement @interpretation:dcp-measurement-year=rolling
    Scenario Outline: read as any twelve months, a reading <why>
      Given a primary feed of 100 amps
      And the CLEC has opted into DC power measurement
      And semi-annual readings of 30 amps on 2024-04-10, 2024-07-10, 2024-10-10 and 2025-01-10
      And a semi-annual reading of 10 amps on <day>
      When the bill is rendered
      Then the reading of <day> is <outcome>

      Examples: "a maximum of four (4) readings per year"
        | day        | outcome  | why                                                 |
        | 2025-04-09 | rejected | 364 days after the first is a fifth within the year |

      @negative
      Examples: the first reading is a year old
        | day        | outcome      | why                                          |
        | 2025-04-10 | not rejected | 365 days after the first is in a new year    |

  Rule: the single charge of North Dakota, Oregon and South Dakota

    @clause:STATES-SINGLE @tp:DCP-SINGLE-001 @capability:power-billing
    Scenario Outline: one charge on the ordered amps, no capacity or usage
      Given the collocation is in <state> with a single DC power rate of $15.00
      And a primary feed of 50 amps
      When the bill is rendered
      Then the single DC power charge is $750.00
      And the capacity charge is $0.00
      And the usage charge is $0.00

      Examples:
        | state |
        | ND    |
        | OR    |
        | SD    |

  Rule: orders

    @clause:FEED-MIN20 @tp:DCP-ORD-001 @capability:power-orders
    Scenario: a feed under 20 amps is refused
      Given a primary feed of 40 amps
      And a secondary feed of 15 amps
      When the bill is rendered
      Then feed "feed-2" is rejected
      And the capacity charge is $400.00

    @clause:FEED-MIN20 @tp:DCP-ORD-004 @capability:power-orders
    Scenario Outline: a secondary feed of <amps> amps
      Given a primary feed of 40 amps
      And a secondary feed of <amps> amps
      When the bill is rendered
      Then feed "feed-2" is <outcome>

      @negative
      Examples: the order is not rejected
        | amps | outcome      |
        | 20   | not rejected |
        | 21   | not rejected |

      Examples: "a minimum of 20 amps per feed"
        | amps | outcome      |
        | 19   | rejected     |

    @clause:FUSE-125 @tp:DCP-ORD-002 @capability:power-orders
    Scenario Outline: fused at 125% of the request at least
      Given a primary feed of 60 amps fused at <fuse> amps
      When the bill is rendered
      Then feed "feed-1" is <outcome>

      @negative
      Examples: none due
        | fuse | outcome          |
        | 75   | not rejected     |
        | 80   | not rejected     |

      Examples:
        | fuse  | outcome          |
        | 70    | rejected         |
        | 74.99 | rejected         |

    @clause:FEED-ROLES @tp:DCP-ORD-003 @capability:power-orders
    Scenario: one feed is primary
      Given a primary feed of 40 amps
      And a primary feed of 40 amps
      When the bill is rendered
      Then the collocation's feeds are rejected

  Rule: self-certification in Arizona, Colorado, Iowa and Minnesota

    @clause:SC-STATES @clause:SC-SCOPE @clause:SC-EBD @tp:DCP-SC-001 @capability:self-certification
    Scenario Outline: capacity and usage on the reported amps from the first of the month the readings are due
      Given the collocation is in <state>
      And a primary feed of 40 amps
      And the CLEC signed the Measured Power Amendment
      And a self-certified reading of 25 amps on 2025-04-20, due on 2025-04-15
      When the bill is rendered
      Then the capacity charge is <capacity>
      And the usage charge is <usage>

      Examples:
        | state | capacity | usage   | why                                       |
        | CO    | $250.00  | $200.00 | all collocations                          |
        | MN    | $250.00  | $200.00 | all collocations                          |
        | AZ    | $400.00  | $320.00 | only feeds over 60 amps                   |
        | WA    | $400.00  | $320.00 | no self-certification                     |

    @clause:SC-SCOPE @clause:SC-EBD @tp:DCP-SC-003 @capability:self-certification
    Scenario Outline: in <state> a feed over 60 amps is billed on the reported amps
      Given the collocation is in <state>
      And a primary feed of 80 amps
      And the CLEC signed the Measured Power Amendment
      And a self-certified reading of 25 amps on 2025-04-20, due on 2025-04-15
      When the bill is rendered
      Then the capacity charge is $250.00
      And the usage charge is $225.00

      Examples: "Measurement applies to Collocations where the power feed is greater than 60 amps ONLY"
        | state |
        | AZ    |
        | IA    |

    @clause:SC-INCOMPLETE @tp:DCP-SC-002 @capability:self-certification
    Scenario: no adjustment until the list is complete
      Given the collocation is in CO
      And a primary feed of 40 amps
      And the CLEC signed the Measured Power Amendment
      And the self-certified list is incomplete
      And a self-certified reading of 25 amps on 2025-04-20, due on 2025-04-15
      When the bill is rendered
      Then the capacity charge is $400.00

  Rule: reduction and restoration

    @clause:PMC @tp:DCP-RED-001 @capability:reduction-restoration
    Scenario: a reserved feed bears the Power Maintenance Charge
      Given a primary feed of 40 amps
      And a secondary feed of 40 amps reduced to zero and reserved on 2025-01-15 at a Power Maintenance Charge of $25.00
      When the bill is rendered
      Then the Power Maintenance Charge is $25.00
      And the capacity charge is $400.00

    @clause:PMC-REFUND @tp:DCP-RED-002 @capability:reduction-restoration
    Scenario: exhaust refunds every Power Maintenance Charge collected
      Given a primary feed of 40 amps
      And a secondary feed of 40 amps reduced to zero and reserved on 2025-01-15 at a Power Maintenance Charge of $25.00
      And the reserved feed cannot be restored for exhaust after 7 months of charges
      When the bill is rendered
      Then the refund for "feed-2" is $175.00
      And the refund for "feed-2" carries no interest
      And the Power Maintenance Charge is $0.00

    @clause:ONE-QPF @clause:QUOTE-30D @tp:DCP-RED-003 @capability:reduction-restoration
    Scenario Outline: one Quote Preparation Fee per application; the quote expires after 30 days
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And a Quote Preparation Fee of $300.00
      And a reduction of both feeds to 30 amps accepted 2025-03-01, quoted 2025-03-01 and paid in full <paid>
      When the bill is rendered
      Then the Quote Preparation Fee is $300.00
      And the decision "quote-expired" on "application-1" is "<expired>"

      Examples:
        | paid       | expired |
        | 2025-03-30 | no      |
        | 2025-03-31 | no      |
        | 2025-04-01 | yes     |

    @clause:APPT-48H @tp:DCP-RED-010 @capability:reduction-restoration @interpretation:dcp-missed-appointment=missed-without-notice
    Scenario Outline: the minimum one hour maintenance charge for a missed appointment
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And a reduction of feed-2 to 20 amps accepted 2025-03-20, quoted 2025-03-21 and paid in full 2025-04-05
      And the CLEC asked to be present at 2025-04-10 09:00 and <outcome>
      When the bill is rendered
      Then the decision "minimum-maintenance-charge" on "application-1" is "<charged>"

      Examples:
        | outcome                                                       | charged | why                      |
        | came                                                          | no      | the appointment was kept |
        | did not come                                                  | yes     | missed, no notice        |
        | did not come, having notified CenturyLink on 2025-04-08 08:30 | no      | more than 48 hours before |
        | did not come, having notified CenturyLink on 2025-04-08 09:00 | no      | exactly 48 hours before  |
        | did not come, having notified CenturyLink on 2025-04-08 09:30 | yes     | less than 48 hours       |

    @clause:APPT-48H @tp:DCP-RED-011 @capability:reduction-restoration @interpretation:dcp-missed-appointment=either
    Scenario: under the literal reading, coming without notice is charged too
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And a reduction of feed-2 to 20 amps accepted 2025-03-20, quoted 2025-03-21 and paid in full 2025-04-05
      And the CLEC asked to be present at 2025-04-10 09:00 and came
      When the bill is rendered
      Then the decision "minimum-maintenance-charge" on "application-1" is "yes"

    @clause:RED-BILL @tp:DCP-RED-004 @capability:reduction-restoration @interpretation:dcp-backdate-proration=daily-30
    Scenario: reduced billing is backdated to the acceptance, on payment
      Given a primary feed of 50 amps
      And a secondary feed of 50 amps
      And a reduction of feed-2 to 20 amps accepted 2025-03-20, quoted 2025-03-21 and paid in full 2025-04-05
      When the bill is rendered
      Then the capacity charge is $700.00
      And the capacity adjustment is -$120.00

    @clause:REST-BILL @tp:DCP-RED-005 @capability:reduction-restoration @interpretation:dcp-sixty-amp-test=per-order @interpretation:dcp-backdate-proration=daily-30
    Scenario: restored billing starts at completion, not before
      Given a primary feed of 40 amps
      And a secondary feed of 20 amps
      And a restoration of feed-2 to 40 amps accepted 2025-03-20, quoted 2025-03-21, paid in full 2025-03-25 and completed 2025-04-16
      When the bill is rendered
      Then the capacity charge is $700.00
      And the capacity adjustment is $0.00

    @clause:REST-BILL @tp:DCP-RED-006 @capability:reduction-restoration
    Scenario: a restoration paid for but not yet completed bills the amps before it
      Given a primary feed of 40 amps
      And a secondary feed of 20 amps
      And a restoration of feed-2 to 40 amps accepted 2025-03-20, quoted 2025-03-21 and paid in full 2025-03-25, not yet completed
      When the bill is rendered
      Then the capacity charge is $600.00

    @clause:REST-BILL @tp:DCP-RED-012 @capability:reduction-restoration @interpretation:dcp-backdate-proration=daily-30
    Scenario Outline: a restoration completed <when> is billed from its completion day
      Given a primary feed of 40 amps
      And a secondary feed of 20 amps
      And a restoration of feed-2 to 40 amps accepted 2025-03-20, quoted 2025-03-21, paid in full 2025-03-25 and completed <completed>
      When the bill is rendered
      Then the capacity charge is <capacity>

      Examples:
        | when                                 | completed  | capacity |
        | the day before the period            | 2025-03-31 | $800.00  |
        | on the period's first day            | 2025-04-01 | $800.00  |
        | the day before the period's last day | 2025-04-29 | $613.33  |
        | on the period's last day             | 2025-04-30 | $606.67  |

      @negative
      Examples: completed after the period: nothing of it this month
        | when                      | completed  | capacity |
        | the day after the period  | 2025-05-01 | $600.00  |

    @clause:REST-BILL @tp:DCP-RED-013 @capability:reduction-restoration @interpretation:dcp-backdate-proration=whole-months
    Scenario Outline: read in whole months, a restoration completed <when> is billed from the first full month after it
      Given a primary feed of 40 amps
      And a secondary feed of 20 amps
      And a restoration of feed-2 to 40 amps accepted 2025-03-20, quoted 2025-03-21, paid in full 2025-03-25 and completed <completed>
      When the bill is rendered
      Then the capacity charge is <capacity>

      Examples:
        | when                      | completed  | capacity |
        | on the period's first day | 2025-04-01 | $800.00  |

      @negative
      Examples: completed within the period: the month is not yet a full month after it
        | when                      | completed  | capacity |
        | the period's second day   | 2025-04-02 | $600.00  |
