@document:access-catalog-3 @capability:switched-usage
Feature: Premium and non-premium access minutes (6.4.1(C))
  Minutes at end offices with equal access, FGD, minutes of customers that furnish MTS/WATS and
  WSC minutes are premium; FGA and FGB minutes at end offices without equal access, and FGC
  minutes originating there for others, are non-premium (discounted). An entry switch whose area
  mixes both kinds bills by end office where it has the data, else by the share of subscriber
  lines in equal access offices. Section 17 prints premium rates only: Local Switching is billed on
  premium minutes, and non-premium minutes are reported as having no filed rate.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And end office "EO-1" reports a projected intrastate percentage of 100%

  Rule: 6.4.1(C)(1), (2) - premium by the end office's equal access, or the customer's MTS/WATS

    @clause:6.4.1(C)(1) @clause:6.4.1(C)(2) @clause:6.1 @tp:AC3-PRM-001 @interpretation:non-premium-common-line=billed
    Scenario Outline: 9,000 originating FG<fg> minutes at end office "EO-1"
      Given end office "EO-1" <equipped> equipped with equal access
      And 9,000 originating FG<fg> access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the charge for "<switching>.originating" at "EO-1" is <ls>
      And the charge for "carrier_common_line.originating" at "EO-1" is $304.20

      Examples: Premium Local Switching $0.020969 a minute (17-6); no non-premium rate is filed
        | fg | equipped | switching         | ls      | why                                    |
        | B  | is       | local_switching_1 | $188.72 | equal access office: premium           |
        | B  | is not   | local_switching_1 | $0.00   | no equal access: non-premium, unrated  |
        | A  | is not   | local_switching_1 | $0.00   | no equal access: non-premium, unrated  |
        | C  | is not   | local_switching_2 | $0.00   | FGC for Interim NXX / 800 DB: non-premium |
        | D  | is       | local_switching_2 | $188.72 | FGD: always premium                    |

    @clause:6.4.1(C)(2) @tp:AC3-PRM-002
    Scenario: non-premium minutes are reported as unrated, naming the end office
      Given end office "EO-1" is not equipped with equal access
      And 9,000 originating FGB access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then end office "EO-1" is rejected for non-premium minutes with no filed rate

    @clause:6.4.1(C)(1) @tp:AC3-PRM-003
    Scenario Outline: a customer that furnishes intrastate MTS/WATS pays premium everywhere
      Given the customer furnishes intrastate MTS/WATS
      And end office "EO-1" is not equipped with equal access
      And 9,000 originating FG<fg> access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the charge for "<switching>.originating" at "EO-1" is $188.72

      Examples:
        | fg | switching         |
        | A  | local_switching_1 |
        | C  | local_switching_2 |

    @clause:6.4.1(C)(2) @tp:AC3-PRM-004 @interpretation:non-premium-common-line=premium-only
    Scenario: read the other way, no Carrier Common Line on non-premium minutes either
      Given end office "EO-1" is not equipped with equal access
      And 9,000 originating FGB access minutes at end office "EO-1" routed directly
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "EO-1" is $0.00

  Rule: 6.4.1(C)(3) - transition billing at an entry switch serving both kinds of end office

    @clause:6.4.1(C)(3) @clause:6.4.1(C)(3)(a) @clause:6.4.1(C)(3)(b)(i) @tp:AC3-PRM-010
    Scenario: with end office data, each office by its own status - 6,000 minutes at an equal access office, 4,000 at another
      Given end office "EO-2" reports a projected intrastate percentage of 100%
      And end office "EO-2" is not equipped with equal access
      And 6,000 originating FGA access minutes at end office "EO-1" routed directly
      And 4,000 originating FGA access minutes at end office "EO-2" routed directly
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "EO-1" is $125.81
      And the charge for "local_switching_1.originating" at "EO-2" is $0.00

    @clause:6.4.1(C)(3) @clause:6.4.1(C)(3)(a) @clause:6.4.1(C)(3)(b)(ii) @tp:AC3-PRM-011 @interpretation:non-premium-common-line=billed
    Scenario Outline: without end office data, by subscriber lines - 10,000 originating minutes at the entry switch
      Given end office "TDO-1" reports a projected intrastate percentage of 100%
      And entry switch "TDO-1" serves an FG<fg> access area of 8,000 subscriber lines, <ea> of them in equal access end offices
      And 10,000 originating FG<fg> access minutes at end office "TDO-1" routed directly
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "TDO-1" is <ls>
      And the charge for "carrier_common_line.originating" at "TDO-1" is $338.00

      Examples: premium minutes = 10,000 x equal access lines / 8,000 lines
        | fg | ea    | ls      | why                                  |
        | A  | 6,000 | $157.27 | 7,500 premium minutes                |
        | B  | 2,000 | $52.42  | 2,500 premium minutes                |
        | A  | 0     | $0.00   | no equal access office in the area   |

    @clause:6.4.1(C)(3)(b)(iii) @tp:AC3-PRM-012 @interpretation:transition-fgd-cap=office-lines
    Scenario Outline: FGD minutes at an equal access office of the area reduce the FGA premium minutes one for one
      Given end office "TDO-1" reports a projected intrastate percentage of 100%
      And end office "EO-D" reports a projected intrastate percentage of 100%
      And entry switch "TDO-1" serves an FGA access area of 8,000 subscriber lines, 6,000 of them in equal access end offices
      And the customer has FGD at equal access end office "EO-D" of 3,000 subscriber lines in the area of entry switch "TDO-1"
      And 10,000 originating FGA access minutes at end office "TDO-1" routed directly
      And <fgd> originating FGD access minutes at end office "EO-D" routed directly
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "TDO-1" is <ls>

      Examples: 7,500 premium minutes by lines; EO-D's share of them is 7,500 x 3,000 / 6,000 = 3,750
        | fgd   | ls      | why                                                 |
        | 1,000 | $136.30 | 6,500 premium minutes                               |
        | 5,000 | $78.63  | the reduction stops at EO-D's 3,750: 3,750 premium  |

    @clause:6.4.1(C)(3)(b)(iii) @clause:2.3.11(C)(1) @tp:AC3-PRM-014 @interpretation:transition-fgd-cap=office-lines
    Scenario: minutes of measured intrastate jurisdiction count in the entry switch's total and in the FGD reduction alike
      Given end office "TDO-1" reports a projected intrastate percentage of 100%
      And end office "EO-D" reports a projected intrastate percentage of 100%
      And entry switch "TDO-1" serves an FGA access area of 8,000 subscriber lines, 6,000 of them in equal access end offices
      And the customer has FGD at equal access end office "EO-D" of 3,000 subscriber lines in the area of entry switch "TDO-1"
      And 10,000 originating FGA access minutes of measured intrastate jurisdiction at end office "TDO-1"
      And 1,000 originating FGD access minutes of measured intrastate jurisdiction at end office "EO-D"
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "TDO-1" is $136.30

    @clause:6.4.1(C)(3)(b)(iii) @tp:AC3-PRM-013 @interpretation:transition-fgd-cap=area-premium
    Scenario: read the other way, the reduction is capped only by the area's premium minutes
      Given end office "TDO-1" reports a projected intrastate percentage of 100%
      And end office "EO-D" reports a projected intrastate percentage of 100%
      And entry switch "TDO-1" serves an FGA access area of 8,000 subscriber lines, 6,000 of them in equal access end offices
      And the customer has FGD at equal access end office "EO-D" of 3,000 subscriber lines in the area of entry switch "TDO-1"
      And 10,000 originating FGA access minutes at end office "TDO-1" routed directly
      And 5,000 originating FGD access minutes at end office "EO-D" routed directly
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "TDO-1" is $52.42

    @clause:6.4.1(C)(3)(b)(iii) @clause:6.4.1(C)(3)(b)(ii) @tp:AC3-PRM-015
    Scenario: an FGD office of the area where the customer has no FGD minutes reduces nothing
      10,000 x 6,000 / 8,000 = 7,500 premium minutes by lines; "for each FGD access minute ... at that end
      office" they are reduced one for one: no FGD minute at EO-D, no reduction (under either reading of
      transition-fgd-cap). 7,500 x $0.020969 = $157.2675 -> $157.27.
      Given end office "TDO-1" reports a projected intrastate percentage of 100%
      And end office "EO-D" reports a projected intrastate percentage of 100%
      And entry switch "TDO-1" serves an FGA access area of 8,000 subscriber lines, 6,000 of them in equal access end offices
      And the customer has FGD at equal access end office "EO-D" of 3,000 subscriber lines in the area of entry switch "TDO-1"
      And 10,000 originating FGA access minutes at end office "TDO-1" routed directly
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "TDO-1" is $157.27

    @clause:6.4.1(C)(3)(b)(iii) @tp:AC3-PRM-016
    Scenario: terminating FGD minutes at the area's FGD office do not reduce the originating FGA premium minutes
      "For each FGD access minute originating from or terminating at that end office the originating or
      terminating FGA or FGB premium access minutes ... will be reduced": 1,000 terminating FGD minutes
      reduce terminating premium minutes only, and the 7,500 originating ones stay: $157.27 as above.
      Given end office "TDO-1" reports a projected intrastate percentage of 100%
      And end office "EO-D" reports a projected intrastate percentage of 100%
      And entry switch "TDO-1" serves an FGA access area of 8,000 subscriber lines, 6,000 of them in equal access end offices
      And the customer has FGD at equal access end office "EO-D" of 3,000 subscriber lines in the area of entry switch "TDO-1"
      And 10,000 originating FGA access minutes at end office "TDO-1" routed directly
      And 1,000 terminating FGD access minutes at end office "EO-D" routed directly
      When the bill is rendered
      Then the charge for "local_switching_1.originating" at "TDO-1" is $157.27
