@document:access-catalog-3 @capability:switched-usage
Feature: Jurisdiction of switched usage (2.3.11(C), 3.3.2, 3.7.4)
  Only the intrastate share is billed under the catalog: measured jurisdiction where call detail
  gives it, else the projected intrastate percentage (FGA, FGB) or 100 less the projected
  interstate percentage (FGC, FGD), applied once to measured or assumed minutes.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 2.3.11(C)(2) - FGA and FGB: the projected intrastate percentage, applied once

    @clause:2.3.11(C)(2) @clause:3.7.4 @clause:3.3.2 @clause:6.1.3(B)(1) @clause:17.1 @clause:17.4.3(A)(1) @clause:2.3.11(C)(2)(b) @clause:2.3.12(B) @clause:3.5 @clause:3.7.1 @clause:3.7.3 @clause:6.4.1(C)(4) @tp:AC3-JUR-001 @interpretation:assumed-minutes-jurisdiction=piu-applied
    Scenario: an unmeasured two-way FGA line at 50% intrastate
      Given end office "EO-1" reports a projected intrastate percentage of 50%
      And 1 two-way FGA lines at end office "EO-1" without measurement
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are 951
      And the charge for "carrier_common_line.originating" at "EO-1" is $32.14
      And the charge for "local_switching_1.originating" at "EO-1" is $19.94
      And the charge for "local_switching_1.terminating" at "EO-1" is $0.00

    @clause:3.7.3 @clause:2.3.11(C)(2)(b) @tp:AC3-JUR-003 @interpretation:assumed-minutes-jurisdiction=piu-applied
    Scenario Outline: the PIU is applied once to assumed minutes - an unmeasured two-way FGA line at <percent>% intrastate
      Given end office "EO-1" reports a projected intrastate percentage of <percent>%
      And 1 two-way FGA lines at end office "EO-1" without measurement
      When the bill is rendered
      Then <minutes> units of "carrier_common_line.originating" are billed
      And <minutes> units of "local_switching_1.originating" are billed

      @negative
      Examples: 1902 assumed originating minutes - none due
        | percent | minutes |
        | 0       | 0       |

      Examples: 1902 assumed originating minutes
        | percent | minutes |
        | 1       | 19.02   |
        | 50      | 951     |
        | 100     | 1902    |

    @clause:3.7.3 @clause:2.3.11(C)(2)(b) @tp:AC3-JUR-004 @interpretation:assumed-minutes-jurisdiction=intrastate-for-common-line
    Scenario Outline: read the other way, Carrier Common Line takes the assumed minutes as intrastate - an unmeasured two-way FGA line at <percent>% intrastate
      Given end office "EO-1" reports a projected intrastate percentage of <percent>%
      And 1 two-way FGA lines at end office "EO-1" without measurement
      When the bill is rendered
      Then 1902 units of "carrier_common_line.originating" are billed
      And <switching> units of "local_switching_1.originating" are billed

      Examples: Local Switching still takes the percentage (2.3.11(C)(2)(b))
        | percent | switching |
        | 1       | 19.02     |
        | 50      | 951       |
        | 100     | 1902      |

  Rule: 2.3.11(C)(3) - FGC and FGD: 100 less the projected interstate percentage

    @clause:2.3.11(C)(3) @clause:3.7.4 @clause:6.1.3(B)(1) @clause:17.4.3(A)(1) @clause:2.3.12(B) @clause:3.5 @clause:3.7.1 @clause:6.3.1(A) @tp:AC3-JUR-002
    Scenario: 9,000 originating FGD minutes at 30% interstate
      Given end office "EO-1" reports a projected interstate percentage of 30%
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are 6300
      And the charge for "carrier_common_line.originating" at "EO-1" is $212.94
      And the charge for "local_switching_2.originating" at "EO-1" is $132.10

  Rule: 2.3.11(C)(3) - without a reported percentage, the month's originating call detail develops it

    @clause:2.3.11(C)(3) @tp:AC3-JUR-013 @interpretation:fgd-originating-mf-start=as-fgc
    Scenario: 3 of 4 measured originating FGD minutes are interstate, so a quarter of the terminating minutes are intrastate
      Given these calls at end office "EO-7":
        | id | FG | direction   | answer              | end user disconnect | jurisdiction |
        | c1 | D  | originating | 2025-03-03 10:00:00 | 2025-03-03 10:03:00 | interstate   |
        | c2 | D  | originating | 2025-03-03 11:00:00 | 2025-03-03 11:01:00 | intrastate   |
      And 1,000 terminating FGD access minutes at end office "EO-7" routed directly
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-7" are 250
      And the intrastate originating access minutes at "EO-7" are 1

    @clause:2.3.11(C)(3) @tp:AC3-JUR-014 @interpretation:developed-interstate-basis=all-known
    Scenario: an originating call without its jurisdiction leaves the call detail inadequate - the terminating minutes wait for the customer's percentage
      Given these calls at end office "EO-7":
        | id | FG | direction   | answer              | end user disconnect | jurisdiction |
        | c1 | D  | originating | 2025-03-03 10:00:00 | 2025-03-03 10:03:00 | interstate   |
        | c2 | D  | originating | 2025-03-03 11:00:00 | 2025-03-03 11:01:00 | intrastate   |
        | c3 | D  | originating | 2025-03-03 12:00:00 | 2025-03-03 12:02:00 | -            |
      And 1,000 terminating FGD access minutes at end office "EO-7" routed directly
      When the bill is rendered
      Then end office "EO-7" is rejected for want of a jurisdiction report
      And the intrastate terminating access minutes at "EO-7" are 0

    @clause:2.3.11(C)(3) @tp:AC3-JUR-015 @interpretation:developed-interstate-basis=known-only @interpretation:fgd-originating-mf-start=as-fgc
    Scenario: under the reading that the known minutes suffice, the same month develops a quarter intrastate
      Given these calls at end office "EO-7":
        | id | FG | direction   | answer              | end user disconnect | jurisdiction |
        | c1 | D  | originating | 2025-03-03 10:00:00 | 2025-03-03 10:03:00 | interstate   |
        | c2 | D  | originating | 2025-03-03 11:00:00 | 2025-03-03 11:01:00 | intrastate   |
        | c3 | D  | originating | 2025-03-03 12:00:00 | 2025-03-03 12:02:00 | -            |
      And 1,000 terminating FGD access minutes at end office "EO-7" routed directly
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-7" are 250

    @clause:2.3.11(C)(3) @tp:AC3-JUR-017
    Scenario: usage summaries of measured jurisdiction develop the percentage too - 3,000 of 9,000 originating minutes interstate
      Given 3,000 originating FGD access minutes of measured interstate jurisdiction at end office "EO-7"
      And 6,000 originating FGD access minutes of measured intrastate jurisdiction at end office "EO-7"
      And 900 terminating FGD access minutes at end office "EO-7" routed directly
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-7" are 600
      And the intrastate originating access minutes at "EO-7" are 6000

    @clause:2.3.11(C)(3) @tp:AC3-JUR-018
    Scenario: as many measured interstate as intrastate originating minutes develop a percentage of 50%
      Given 3,000 originating FGD access minutes of measured interstate jurisdiction at end office "EO-7"
      And 3,000 originating FGD access minutes of measured intrastate jurisdiction at end office "EO-7"
      And 900 terminating FGD access minutes at end office "EO-7" routed directly
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-7" are 450

  Rule: 2.3.11(C)(1) - measured jurisdiction, and no report at all

    @clause:2.3.11(C)(1) @tp:AC3-JUR-010
    Scenario: calls of known jurisdiction are billed on their actual jurisdiction
      Given end office "EO-1" reports a projected intrastate percentage of 0%
      And these calls at end office "EO-1":
        | id | FG | direction   | answer              | end user disconnect | jurisdiction |
        | c1 | D  | terminating | 2025-03-03 10:00:00 | 2025-03-03 10:01:00 | intrastate   |
        | c2 | D  | terminating | 2025-03-03 11:00:00 | 2025-03-03 11:05:00 | interstate   |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are 1

    @clause:2.3.11(C)(1) @clause:2.3.11(C)(2)(a) @tp:AC3-JUR-011
    Scenario Outline: minutes of unknown jurisdiction with no percentage reported cannot be rated
      Given 9,000 originating FG<fg> access minutes at end office "EO-9" routed directly
      When the bill is rendered
      Then end office "EO-9" is rejected for want of a jurisdiction report
      And the intrastate originating access minutes at "EO-9" are 0

      Examples: an FGB order must state its projected intrastate percentage; FGD may give none and have no call detail
        | fg |
        | B  |
        | D  |

    @clause:2.3.11(C)(2) @clause:2.3.11(C)(1) @tp:AC3-JUR-012
    Scenario Outline: a projected percentage of <percent>% is rejected, naming the end office, and the other office is rated
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-2" reports a projected intrastate percentage of <percent>%
      And 1,000 terminating FGB access minutes at end office "EO-1" routed directly
      And 1,000 terminating FGB access minutes at end office "EO-2" routed directly
      When the bill is rendered
      Then end office "EO-2" is rejected for a percentage outside 0 to 100
      And the intrastate terminating access minutes at "EO-1" are 1000
      And the intrastate terminating access minutes at "EO-2" are 0

      Examples: a percentage of use lies between 0 and 100
        | percent |
        | 120     |
        | -5      |

    @clause:2.3.11(C)(1) @clause:6.6.4 @tp:AC3-JUR-016 @negative
    Scenario: an unanswered call at an end office with no report has no minutes to rate - nothing is billed and nothing refused
      Given these calls at end office "EO-9":
        | id | FG | direction   | answer | end user disconnect |
        | c1 | B  | terminating | -      | 2025-03-03 10:00:06 |
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-9" are 0
      And no record is rejected

  Rule: 2.3.11(C)(1) - a revised report takes effect on the next bill date, with no back billing

    @clause:2.3.11(C)(1) @tp:AC3-JUR-020 @interpretation:report-on-bill-date=next-bill
    Scenario Outline: the order said 100% intrastate; a report of 60% arrives
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" sent a report of 60% intrastate received on <received>
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <minutes>

      Examples: the bill is dated 2025-04-01
        | received   | minutes | why                                   |
        | 2025-03-20 | 5400    | in effect on the next bill date       |
        | 2025-04-01 | 9000    | received on the bill date: next bill  |
        | 2025-04-15 | 9000    | not yet in effect: no back billing    |

  Rule: 2.3.13 - VoIP-PSTN minutes move to interstate rates by the PVU

    @clause:2.3.13(C)(1) @clause:2.3.13(C)(9) @clause:2.3.13(B) @clause:2.3.13(A) @tp:AC3-PVU-001 @interpretation:voip-originating-intrastate=interstate-from-2014-07-01
    Scenario Outline: 9,000 intrastate originating FGD minutes
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" <pvu>
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <minutes>

      @negative
      Examples: none due
        | pvu                                        | minutes |
        | reports an originating PVU of 100%         | 0       |

      Examples:
        | pvu                                        | minutes |
        | reports an originating PVU of 20%          | 7200    |
        | furnishes no PVU                           | 9000    |

    @clause:2.3.13(A) @clause:2.3.13(C)(9) @tp:AC3-PVU-007 @interpretation:voip-originating-intrastate=intrastate
    Scenario Outline: read the other way, originating intrastate VoIP stays at intrastate rates - 9,000 minutes each way, PVU 20%
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 20%
      And end office "EO-1" reports a terminating PVU of 20%
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      And 9,000 terminating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate <direction> access minutes at "EO-1" are <minutes>

      Examples:
        | direction   | minutes | why                                                      |
        | originating | 9000    | "Effective July 13, 2012 ... intrastate access rates"   |
        | terminating | 7200    | terminating VoIP is always at interstate rates           |

    @clause:2.3.13(A) @clause:2.3.13(C)(9) @tp:AC3-PVU-008
    Scenario Outline: terminating VoIP-PSTN is billed at interstate rates under any reading - 9,000 terminating FGD minutes
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports a terminating PVU of <pvu>%
      And 9,000 terminating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate terminating access minutes at "EO-1" are <minutes>

      @negative
      Examples: none due
        | pvu | minutes |
        | 100 | 0       |

      Examples:
        | pvu | minutes |
        | 0   | 9000    |
        | 1   | 8910    |
        | 20  | 7200    |

    @clause:2.3.13(E) @clause:2.3.13(F)(3) @tp:AC3-PVU-003 @interpretation:report-on-bill-date=next-bill @interpretation:voip-originating-intrastate=interstate-from-2014-07-01
    Scenario Outline: a PVU of 20% in force; a quarterly update of 50% arrives
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 20%
      And end office "EO-1" sent a quarterly originating PVU of 50% received on <received>
      And end office "EO-1" sent a report of 60% intrastate received on 2025-03-01
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <minutes>

      Examples: the bill is dated 2025-04-01; the 60% intrastate report stands while the PVU changes
        | received   | minutes | why                                         |
        | 2025-03-14 | 2700    | in effect on the next bill date: 5,400 x 50% |
        | 2025-04-01 | 4320    | received on the bill date: next bill, 20%   |
        | 2025-04-10 | 4320    | not yet in effect: no back billing          |

    @clause:2.3.13(F)(4)(a) @clause:2.3.13(F)(4)(b) @tp:AC3-PVU-004 @interpretation:voip-originating-intrastate=interstate-from-2014-07-01
    Scenario Outline: a reported PVU of 40% under audit
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 40%
      And the PVU of end office "EO-1" is under audit: <records> records, undisputed originating PVU <undisputed>
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <minutes>

      Examples: until the audit is complete
        | records    | undisputed | minutes | why                                              |
        | adequate   | 20%        | 7200    | the undisputed factor of the previous period     |
        | inadequate | 10%        | 8100    | the most recent undisputed factor                |
        | inadequate | none       | 9000    | no undisputed factor: zero percent               |

    @clause:2.3.13(F)(4)(c) @tp:AC3-PVU-005 @interpretation:report-on-bill-date=next-bill @interpretation:voip-originating-intrastate=interstate-from-2014-07-01
    Scenario Outline: a reported PVU of 40% (undisputed 20%) audited at 30%
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 40%
      And the PVU of end office "EO-1" is under audit: adequate records, undisputed originating PVU 20%
      And the PVU audit of end office "EO-1" was completed on <completed> at an audited originating PVU of 30%
      And end office "EO-1" sent a quarterly originating PVU of 50% received on <report>
      And a bill dated <bill>
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <minutes>

      Examples:
        | completed  | report     | bill       | minutes | why                                                 |
        | 2025-03-20 | 2025-03-25 | 2025-04-01 | 6300    | the audited 30%; the new report waits two quarters  |
        | 2025-04-01 | 2025-03-25 | 2025-04-01 | 7200    | completed on the bill date: the next billing period |
        | 2025-04-10 | 2025-03-25 | 2025-04-01 | 7200    | not completed: the undisputed 20%                   |
        | 2025-03-20 | 2025-09-25 | 2025-10-01 | 4500    | two quarters on, the customer's new 50% applies     |

    @clause:2.3.13(F)(4)(d) @tp:AC3-PVU-006 @interpretation:voip-originating-intrastate=interstate-from-2014-07-01
    Scenario Outline: the contested periods carried 30,000 originating FGD minutes billed at the undisputed 20%
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 40%
      And the PVU of end office "EO-1" is under audit: adequate records, undisputed originating PVU 20%
      And the PVU audit of end office "EO-1" was completed on 2025-03-20 at an audited originating PVU of <audited>%
      And the contested periods at end office "EO-1" carried 30,000 originating FGD minutes
      When the bill is rendered
      Then the credit allowance for pvu-audit-EO-1 is <credit>

      @negative
      Examples: Carrier Common Line $0.0338 and Local Switching $0.020969 a minute - none due
        | audited | credit  | why                                                          |
        | 30      | $0.00   | the audit does not support the customer's 40%                |

      Examples: Carrier Common Line $0.0338 and Local Switching $0.020969 a minute
        | audited | credit  | why                                                          |
        | 40      | $328.61 | the audit supports the customer: 6,000 minutes moved to VoIP |

    @clause:2.3.13(F)(4)(d) @tp:AC3-PVU-011 @interpretation:voip-originating-intrastate=interstate-from-2014-07-01
    Scenario: contested periods of two feature groups - each credited for its own minutes, at its own rates
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 40%
      And the PVU of end office "EO-1" is under audit: adequate records, undisputed originating PVU 20%
      And the PVU audit of end office "EO-1" was completed on 2025-03-20 at an audited originating PVU of 40%
      And the contested periods at end office "EO-1" carried 30,000 originating FGD minutes
      And the contested periods at end office "EO-1" carried 10,000 originating FGC minutes
      When the bill is rendered
      Then the credit allowance for pvu-audit-EO-1 is $438.15

    @clause:2.3.13(F)(4)(a) @clause:2.3.13(F)(4)(d) @tp:AC3-PVU-012 @interpretation:voip-originating-intrastate=interstate-from-2014-07-01
    Scenario: records inadequate and no undisputed PVU - the contested periods, billed at zero percent, adjusted to the audited 40%
      (a) "If no undisputed PVU exists, zero percent is used, until the audit is completed"; (d) the audit
      supports the customer's 40%: the 30,000 contested minutes billed at 0% are adjusted to 40%, 12,000 of
      them moved to VoIP: 12,000 x ($0.0338 + $0.020969) = 12,000 x $0.054769 = $657.228 -> $657.23.
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 40%
      And the PVU of end office "EO-1" is under audit: inadequate records, undisputed originating PVU none
      And the PVU audit of end office "EO-1" was completed on 2025-03-20 at an audited originating PVU of 40%
      And the contested periods at end office "EO-1" carried 30,000 originating FGD minutes
      When the bill is rendered
      Then the credit allowance for pvu-audit-EO-1 is $657.23

    @clause:2.3.13(C)(3) @tp:AC3-PVU-002
    Scenario: a PVU that is not a whole number is rejected
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of 12.5%
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then end office "EO-1" is rejected for a PVU that is not a whole number

    @clause:2.3.13(C)(3) @tp:AC3-PVU-010
    Scenario Outline: a PVU outside 0% to 100% is rejected
      Given end office "EO-1" reports a projected intrastate percentage of 100%
      And end office "EO-1" reports an originating PVU of <pvu>%
      And 9,000 originating FGD access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then end office "EO-1" is rejected for a PVU that is not a whole-number percentage

      Examples: "a whole number percentage"
        | pvu |
        | 101 |
        | -1  |

  Rule: 3.2.3 - no Carrier Common Line on the WATS end of a WATS Serving Office

    @clause:3.2.3 @tp:AC3-CCL-001
    Scenario Outline: 9,000 originating FGD minutes at a WATS Serving Office
      Given end office "WSO-1" reports a projected intrastate percentage of 100%
      And end office "WSO-1" is a WATS Serving Office for <wats> WATS
      And 9,000 originating FGD access minutes at end office "WSO-1" routed directly
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "WSO-1" is <ccl>
      And the charge for "local_switching_2.originating" at "WSO-1" is $188.72

      Examples: $0.0338 a minute
        | wats    | ccl     | why                                    |
        | outward | $0.00   | originating minutes are the outward WATS end |
        | inward  | $304.20 | the inward WATS end is the terminating one |

    @clause:3.2.3 @clause:3.7.3 @tp:AC3-CCL-002 @interpretation:non-premium-common-line=billed
    Scenario Outline: the exception - an FGA line without measurement, billed on assumed minutes
      Given end office "WSO-1" reports a projected intrastate percentage of 100%
      And end office "WSO-1" is a WATS Serving Office for outward WATS
      And end office "WSO-1" <equipped> equipped with equal access
      And 1 two-way FGA lines at end office "WSO-1" without measurement
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "WSO-1" is <ccl>

      @negative
      Examples: 1,902 assumed originating minutes - none due
        | equipped | ccl    | why                                          |
        | is       | $0.00  | an equal access office: the WATS end is free |

      Examples: 1,902 assumed originating minutes
        | equipped | ccl    | why                                          |
        | is not   | $64.29 | a non-equal-access office: CCL applies       |


    @clause:3.2.3 @tp:AC3-CCL-003 @interpretation:non-premium-common-line=billed @negative
    Scenario: measured FGA calls at a non-equal-access WATS Serving Office - the exception is for assumed minutes only
      Given end office "WSO-1" reports a projected intrastate percentage of 100%
      And end office "WSO-1" is a WATS Serving Office for outward WATS
      And end office "WSO-1" is not equipped with equal access
      And these calls at end office "WSO-1":
        | id | FG | direction   | off hook            | end user disconnect |
        | c1 | A  | originating | 2025-03-03 10:00:00 | 2025-03-03 11:40:00 |
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "WSO-1" is $0.00

    @clause:3.2.3 @tp:AC3-CCL-004 @interpretation:non-premium-common-line=billed @negative
    Scenario: measured FGA minutes rated elsewhere at a non-equal-access WATS Serving Office bear no Carrier Common Line
      Given end office "WSO-1" reports a projected intrastate percentage of 100%
      And end office "WSO-1" is a WATS Serving Office for outward WATS
      And end office "WSO-1" is not equipped with equal access
      And 9,000 originating FGA access minutes at end office "WSO-1" routed directly
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "WSO-1" is $0.00

    @clause:3.2.3 @clause:6.7.4 @tp:AC3-CCL-005 @interpretation:non-premium-common-line=billed @negative
    Scenario: an FGA NCTA study with no recorded calls is measured usage, not assumed minutes
      Given end office "WSO-1" reports a projected intrastate percentage of 100%
      And end office "WSO-1" is a WATS Serving Office for outward WATS
      And end office "WSO-1" is not equipped with equal access
      And an FGA NCTA sample study for end office "WSO-1": 100 measured messages, completion ratio 1, NCTA per attempt .5
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "WSO-1" is $0.00
