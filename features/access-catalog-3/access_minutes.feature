@document:access-catalog-3 @capability:switched-usage
Feature: Measuring access minutes (6.5.4, 6.6.4, 6.7.4, 6.8.4, 3.7.2)
  Chargeable time runs from the supervision event the feature group and signaling name to the
  first disconnect recognized. Minutes are accumulated over the month per line or hunt group (FGA)
  or per end office (FGB, FGC, FGD) and only then rounded.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And end office "EO-1" reports a projected intrastate percentage of 100%
    And end office "EO-1" is reached over Tandem Switched Transport of 10 airline miles

  Rule: 6.5.4-6.8.4 - the start event depends on feature group, direction, signaling and routing

    @clause:6.5.4 @clause:6.6.4 @clause:6.7.4 @clause:6.8.4 @tp:AC3-MIN-MEAS-001 @interpretation:fgd-originating-mf-start=as-fgc @interpretation:access-minute-rounding=up
    Scenario Outline: one call, IAM at 10:00:00, Exit Message at 10:00:30, answer at 10:00:40, released at 10:02:10
      Given these calls at end office "EO-1":
        | id | FG   | direction   | signaling   | routing   | off hook            | IAM sent            | exit message        | answer              | end user disconnect | customer disconnect |
        | c1 | <fg> | <direction> | <signaling> | <routing> | 2025-03-03 10:00:10 | 2025-03-03 10:00:00 | 2025-03-03 10:00:30 | 2025-03-03 10:00:40 | 2025-03-03 10:02:10 | 2025-03-03 10:02:30 |
      When the bill is rendered
      Then the intrastate <direction> access minutes at "EO-1" are <minutes>

      Examples:
        | fg | direction   | signaling | routing | minutes | measured from                              |
        | A  | originating | MF        | direct  | 2       | off-hook: 120 s                            |
        | B  | originating | MF        | direct  | 2       | answer: 90 s                               |
        | B  | terminating | MF        | direct  | 2       | answer: 90 s                               |
        | C  | originating | MF        | direct  | 2       | answer: 90 s                               |
        | C  | originating | SS7       | direct  | 3       | the IAM sent: 130 s                        |
        | C  | originating | SS7       | tandem  | 2       | the Exit Message from the tandem: 100 s    |
        | D  | originating | SS7       | direct  | 3       | the IAM sent: 130 s                        |
        | D  | originating | SS7       | tandem  | 2       | the Exit Message from the tandem: 100 s    |
        | D  | terminating | SS7       | direct  | 2       | answer: 90 s                               |
        | D  | originating | MF        | direct  | 2       | answer, as FGC (page 6-89 is blank)        |

    @clause:6.6.4 @clause:2.6_Access_Minutes @tp:AC3-MIN-MEAS-002
    Scenario: measurement stops at whichever disconnect is recognized first
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect | customer disconnect |
        | c1 | B  | terminating | 2025-03-03 10:00:00 | 2025-03-03 10:05:00 | 2025-03-03 10:01:00 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1

    @clause:6.6.4 @clause:3.7.2 @tp:AC3-MIN-MEAS-003 @negative
    Scenario: an unanswered call has no access minutes
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer | end user disconnect |
        | c1 | B  | terminating | -      | 2025-03-03 10:05:00 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 0

  Rule: 6.5.4-6.7.4 - minutes are summed for the month, then rounded per end office (FGA per line)

    @clause:6.6.4 @clause:3.7.2 @clause:6.4.1(A)(1) @tp:AC3-MIN-ACC-001 @interpretation:access-minute-rounding=up
    Scenario: two 30-second FGB calls at one end office are one minute, not two
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-03 10:00:00 | 2025-03-03 10:00:30 |
        | c2 | B  | terminating | 2025-03-17 18:00:00 | 2025-03-17 18:00:30 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1

    @clause:6.5.4 @tp:AC3-MIN-ACC-002 @interpretation:access-minute-rounding=up
    Scenario Outline: FGA rounds per line or hunt group
      Given these calls at end office "EO-1":
        | id | FG | direction   | line      | answer              | end user disconnect |
        | c1 | A  | terminating | L-1       | 2025-03-03 10:00:00 | 2025-03-03 10:00:30 |
        | c2 | A  | terminating | <line two> | 2025-03-04 10:00:00 | 2025-03-04 10:00:30 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are <minutes>

      Examples:
        | line two | minutes |
        | L-1      | 1       |
        | L-2      | 2       |

    @clause:3.7.2 @clause:6.6.4 @tp:AC3-MIN-RND-001 @interpretation:access-minute-rounding=up
    Scenario: 80 seconds round up to 2 minutes under Section 6
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-03 10:00:00 | 2025-03-03 10:01:20 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 2

    @clause:3.7.2 @tp:AC3-MIN-RND-002 @interpretation:access-minute-rounding=nearest
    Scenario: 80 seconds round to 1 minute under 3.7.2's "nearest minute"
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-03 10:00:00 | 2025-03-03 10:01:20 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1

    @clause:3.7.2 @clause:6.6.4 @tp:AC3-MIN-RND-004 @interpretation:access-minute-rounding=up
    Scenario: seconds are exact to the microsecond - 29.5 and 30.5 seconds accumulate to exactly one minute
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect        |
        | c1 | B  | terminating | 2025-03-03 10:00:00 | 2025-03-03 10:00:29.500000 |
        | c2 | B  | terminating | 2025-03-03 11:00:00 | 2025-03-03 11:00:30.500000 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1

    @clause:3.7.2 @tp:AC3-MIN-RND-005 @interpretation:access-minute-rounding=nearest
    Scenario: seconds are exact to the microsecond - 14.5 and 15.5 seconds are exactly half a minute, rounded up
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect        |
        | c1 | B  | terminating | 2025-03-03 10:00:00 | 2025-03-03 10:00:14.500000 |
        | c2 | B  | terminating | 2025-03-03 11:00:00 | 2025-03-03 11:00:15.500000 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1

    @clause:3.7.2 @clause:6.6.4 @clause:3.7.4 @tp:AC3-MIN-RND-003 @interpretation:access-minute-rounding=by-section
    Scenario Outline: each section's rounding for its own charges - <seconds> seconds of FGB terminating usage
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-03 10:00:00 | <ends>              |
      When the bill is rendered
      Then <common line> units of "carrier_common_line.terminating" are billed
      And <switching> units of "local_switching_1.terminating" are billed

      Examples: Carrier Common Line to the nearest minute (3.7.2), Local Switching up (6.6.4)
        | seconds | ends                | common line | switching | why                                |
        | 89      | 2025-03-03 10:01:29 | 1           | 2         | 1.48 minutes                       |
        | 90      | 2025-03-03 10:01:30 | 2           | 2         | exactly half a minute rounds up    |
        | 120     | 2025-03-03 10:02:00 | 2           | 2         | whole minutes need no rounding     |
        | 121     | 2025-03-03 10:02:01 | 2           | 3         | a second more                      |

  Rule: 2.4.1(B)(2) - usage after the last bill day through the current bill day; a later call is the next bill's

    @clause:2.4.1(B)(2) @clause:2.4.1(B) @clause:6.6.4 @tp:AC3-USE-001 @interpretation:usage-after-bill-day=carried
    Scenario Outline: a bill dated 2025-04-01 - a 60-second call of March, and one that ends <when>: both billed
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-20 10:00:00 | 2025-03-20 10:01:00 |
        | c2 | B  | terminating | <answer>            | <ends>              |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 2
      And the bill gives no decision "usage-billed-on" on "c2"

      Examples:
        | when                                     | answer              | ends                |
        | on the bill day                          | 2025-04-01 10:00:00 | 2025-04-01 10:01:00 |
        | a second before the bill day ends        | 2025-04-01 23:58:59 | 2025-04-01 23:59:59 |
        | in February: a known unbilled prior charge | 2025-02-10 10:00:00 | 2025-02-10 10:01:00 |

    @clause:2.4.1(B)(2) @clause:2.4.1(B) @tp:AC3-USE-003 @interpretation:usage-after-bill-day=carried
    Scenario Outline: a bill dated 2025-04-01 - a call that ends <when> is carried to the next bill
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-20 10:00:00 | 2025-03-20 10:01:00 |
        | c2 | B  | terminating | <answer>            | <ends>              |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1
      And the decision "usage-billed-on" on "c2" is "2025-05-01"

      Examples: a call's day is the day it ends
        | when                         | answer              | ends                |
        | at midnight after the bill day | 2025-04-01 23:59:00 | 2025-04-02 00:00:00 |
        | the day after the bill day   | 2025-04-02 10:00:00 | 2025-04-02 10:01:00 |

    @clause:2.4.1(B)(2) @clause:2.4.1(B) @tp:AC3-USE-004 @interpretation:usage-after-bill-day=carried
    Scenario: a bill dated 2025-04-01 - a call of the bill day is billed, beside one carried to the next bill
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-20 10:00:00 | 2025-03-20 10:01:00 |
        | c2 | B  | terminating | 2025-04-01 10:00:00 | 2025-04-01 10:01:00 |
        | c3 | B  | terminating | 2025-04-02 10:00:00 | 2025-04-02 10:01:00 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 2
      And the decision "usage-billed-on" on "c3" is "2025-05-01"

    @clause:2.4.1(B)(2) @clause:2.4.1(B) @clause:6.6.4 @tp:AC3-USE-005 @interpretation:usage-after-bill-day=carried
    Scenario: a bill dated 2025-04-01 - a call whose customer disconnects on the bill day and whose end user disconnects after midnight is billed
      6.6.4: terminating FGB usage is measured from answer to the disconnect "recognized first", the
      customer's at 23:59:00 on the bill day; the call's 60 seconds are usage through the current bill day
      (2.4.1(B)(2)), billed beside c1's minute: 2 minutes, and no decision carries c2.
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect | customer disconnect |
        | c1 | B  | terminating | 2025-03-20 10:00:00 | 2025-03-20 10:01:00 | -                   |
        | c2 | B  | terminating | 2025-04-01 23:58:00 | 2025-04-02 00:02:00 | 2025-04-01 23:59:00 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 2
      And the bill gives no decision "usage-billed-on" on "c2"

    @clause:2.4.1(B)(2) @tp:AC3-USE-002 @interpretation:usage-after-bill-day=rejected
    Scenario: read the other way, a call after the bill day is named among the rejected records
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-20 10:00:00 | 2025-03-20 10:01:00 |
        | c2 | B  | terminating | 2025-04-02 10:00:00 | 2025-04-02 10:01:00 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1
      And the call "c2" is rejected

  Rule: 6.7.4 - originating FGC minutes add the non-conversation time additive

    @clause:6.7.4 @tp:AC3-NCTA-001 @interpretation:ncta-rounding-order=add-then-round @interpretation:access-minute-rounding=up
    Scenario: the catalog's example - 7,000 measured minutes, 1,000 messages, CR .75, NCTA .4 per attempt
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | C  | originating | 2025-03-01 00:00:00 | 2025-03-05 20:40:00 |
      And an NCTA sample study for end office "EO-1": 1,000 measured messages, completion ratio .75, NCTA per attempt .4
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are 7534

    @clause:6.7.4 @tp:AC3-NCTA-002 @interpretation:ncta-rounding-order=add-then-round @interpretation:access-minute-rounding=up
    Scenario Outline: completion ratios per major call category - the catalog's example as the DDD study, and an <category> study
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | C  | originating | 2025-03-01 00:00:00 | 2025-03-05 20:40:00 |
      And an NCTA sample study of DDD calls for end office "EO-1": 1,000 measured messages, completion ratio .75, NCTA per attempt .4
      And an NCTA sample study of <category> calls for end office "EO-1": <messages> measured messages, completion ratio .6, NCTA per attempt .5
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <minutes>

      Examples: each category adds its own messages / CR x NCTA per attempt (DDD: 533.33)
        | category      | messages | minutes | why                                              |
        | operator      | 300      | 7784    | 7,000 + 533.33 + 300 / .6 x .5 = 7,783.33        |
        | international | 6        | 7539    | 7,000 + 533.33 + 5 = 7,538.33                    |
        | 800 series    | 0        | 7534    | no messages: no additive                         |

    @clause:6.7.4 @tp:AC3-NCTA-003 @interpretation:ncta-rounding-order=round-then-add
    Scenario: read the other way, the measured minutes are rounded and the additive added unrounded
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | C  | originating | 2025-03-01 00:00:00 | 2025-03-05 20:40:00 |
      And an NCTA sample study for end office "EO-1": 1,000 measured messages, completion ratio .75, NCTA per attempt .4
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "EO-1" is $254.63

    @clause:6.7.4 @clause:2.3.11(C)(2) @tp:AC3-NCTA-004 @interpretation:ncta-rounding-order=add-then-round
    Scenario: the additive belongs to the originating minutes of no measured jurisdiction, not to terminating or measured intrastate minutes
      Given end office "EO-2" reports a projected intrastate percentage of 50%
      And these calls at end office "EO-2":
        | id | FG | direction   | answer              | end user disconnect | jurisdiction |
        | c1 | C  | terminating | 2025-03-03 09:00:00 | 2025-03-03 09:10:00 | -            |
        | c2 | C  | originating | 2025-03-03 10:00:00 | 2025-03-03 10:10:00 | intrastate   |
      And an NCTA sample study for end office "EO-2": 100 measured messages, completion ratio 1, NCTA per attempt .5
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-2" are 35

  Rule: 6.7.4, 6.8.4 - where terminating usage cannot be measured, it is derived from originating usage

    @clause:6.7.4 @clause:6.8.4 @tp:AC3-MIN-DER-001 @interpretation:derived-terminating-usage=one-for-one @interpretation:fgd-originating-mf-start=as-fgc
    Scenario Outline: FG<fg> - 15 originating minutes, 3 of them to a closed end service and 2 to Directory Assistance
      Given end office "EO-1" cannot measure terminating usage
      And these calls at end office "EO-1":
        | id | FG   | direction   | answer              | end user disconnect | called service       |
        | c1 | <fg> | originating | 2025-03-03 10:00:00 | 2025-03-03 10:10:00 | -                    |
        | c2 | <fg> | originating | 2025-03-03 11:00:00 | 2025-03-03 11:03:00 | closed-end           |
        | c3 | <fg> | originating | 2025-03-03 12:00:00 | 2025-03-03 12:02:00 | directory-assistance |
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are 15
      And the intrastate terminating access minutes at "EO-1" are <terminating>

      Examples: FGC leaves out closed end services only; FGD also Directory Assistance
        | fg | terminating |
        | C  | 12          |
        | D  | 10          |

    @clause:6.7.4 @clause:6.8.4 @tp:AC3-MIN-DER-004 @interpretation:derived-terminating-usage=one-for-one @interpretation:fgd-originating-mf-start=as-fgc
    Scenario: originating minutes reported in a usage summary derive terminating minutes too, beside the calls
      Given end office "EO-1" cannot measure terminating usage
      And these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | D  | originating | 2025-03-03 10:00:00 | 2025-03-03 10:10:00 |
      And 20 originating FGD access minutes of measured intrastate jurisdiction at end office "EO-1"
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are 30
      And the intrastate terminating access minutes at "EO-1" are 30

    @clause:6.8.4 @tp:AC3-MIN-DER-002 @interpretation:derived-terminating-usage=one-for-one @interpretation:fgd-originating-mf-start=as-fgc
    Scenario: a terminating call recorded at an office that cannot measure terminating usage is refused; the derived minutes stand
      Given end office "EO-1" cannot measure terminating usage
      And these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | D  | originating | 2025-03-03 10:00:00 | 2025-03-03 10:10:00 |
        | c2 | D  | terminating | 2025-03-03 11:00:00 | 2025-03-03 11:05:00 |
      When the bill is rendered
      Then the call "c2" is rejected
      And the intrastate terminating access minutes at "EO-1" are 10

    @clause:6.7.4 @clause:6.8.4 @tp:AC3-MIN-DER-003 @interpretation:derived-terminating-usage=not-derivable @interpretation:fgd-originating-mf-start=as-fgc
    Scenario: under the reading that no method is filed, the office's terminating usage is named and left unbilled
      Given end office "EO-1" cannot measure terminating usage
      And these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | D  | originating | 2025-03-03 10:00:00 | 2025-03-03 10:10:00 |
      When the bill is rendered
      Then end office "EO-1" is rejected for want of a derivation method
      And the intrastate originating access minutes at "EO-1" are 10
      And the intrastate terminating access minutes at "EO-1" are 0

  Rule: bad records are named and the rest is rated

    @clause:6.6.4 @tp:AC3-MIN-BAD-001
    Scenario: a call whose disconnect precedes its answer is rejected
      Given these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect |
        | c1 | B  | terminating | 2025-03-03 10:05:00 | 2025-03-03 10:00:00 |
        | c2 | B  | terminating | 2025-03-03 11:00:00 | 2025-03-03 11:02:00 |
      When the bill is rendered
      Then the call "c1" is rejected
      And the intrastate terminating access minutes at "EO-1" are 2

    @clause:6.6.4 @clause:6.1.1(A) @tp:AC3-MIN-BAD-002
    Scenario Outline: a call with <what> is rejected, naming it, and the month's other calls are rated
      Given these calls at end office "EO-1":
        | id | FG   | direction   | routing   | answer              | end user disconnect |
        | c1 | <fg> | terminating | <routing> | 2025-03-03 10:00:00 | <disconnect>        |
        | c2 | B    | terminating | direct    | 2025-03-03 11:00:00 | 2025-03-03 11:02:00 |
        | c3 | B    | terminating | direct    | 2025-03-04 09:00:00 | 2025-03-04 09:00:30 |
      When the bill is rendered
      Then the call "c1" is rejected
      And the intrastate terminating access minutes at "EO-1" are 3

      Examples: the catalog furnishes Feature Groups A to D (6.1.1(A)), directly or through an access tandem
        | what                     | fg | routing   | disconnect          |
        | an unknown feature group | E  | direct    | 2025-03-03 10:05:00 |
        | an unknown routing       | B  | satellite | 2025-03-03 10:05:00 |
        | no disconnect event      | B  | direct    | -                   |
