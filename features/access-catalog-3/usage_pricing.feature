@document:access-catalog-3 @capability:usage-pricing
Feature: Pricing usage rated elsewhere (3.7.4, 6.1.3(B)(1), 17.1, 17.4.3(A)(1), 2.4.1(G))
  The capability usage-pricing is the last step of switched usage billing alone: the minutes
  arrive already rated - measured, accumulated, rounded and jurisdictionalized by another system,
  as a recording company passes them in meet-point billing (2.4.7(B)) - as usage summaries of
  chargeable intrastate minutes of measured jurisdiction, direct-routed, of a premium feature
  group (FGA, FGB or FGD at an equal access end office in the Telephone Company's territory,
  6.4.1(C)(1)). Each end office's minutes of a feature group and direction bear Carrier Common
  Line (3.7.4, page 17-1) and Local Switching (6.1.3(B)(1): Local Switching 1 for FGA and FGB, 2
  for FGC and FGD, page 17-6) at the rate as printed, each amount rounded to the penny (2.4.1(G)).
  A system that rates usage itself claims switched-usage as well.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 3.7.4, 6.1.3(B)(1) - a minute bears Carrier Common Line and the Local Switching of its feature group, at the rates of its direction

    @clause:3.7.4 @clause:17.1 @clause:6.1.3(B)(1) @clause:17.4.3(A)(1) @tp:AC3-UPR-001
    Scenario Outline: 9,000 chargeable originating minutes of one feature group
      Given 9,000 chargeable intrastate originating FG<fg> minutes at end office "EO-1"
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "EO-1" is $304.20
      And the charge for "<switching>.originating" at "EO-1" is $188.72

      Examples: $0.0338 (page 17-1) and $0.020969 (page 17-6) a minute
        | fg | switching         |
        | A  | local_switching_1 |
        | B  | local_switching_1 |
        | D  | local_switching_2 |

    @clause:3.7.4 @clause:17.1 @clause:6.1.3(B)(1) @clause:17.4.3(A)(1) @tp:AC3-UPR-002
    Scenario: terminating minutes bear the terminating rates, printed as zero
      Given 9,000 chargeable intrastate originating FGD minutes at end office "EO-1"
      And 4,000 chargeable intrastate terminating FGD minutes at end office "EO-1"
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "EO-1" is $304.20
      And the charge for "local_switching_2.originating" at "EO-1" is $188.72
      And the charge for "carrier_common_line.terminating" at "EO-1" is $0.00
      And the charge for "local_switching_2.terminating" at "EO-1" is $0.00

  Rule: 2.4.1(G) - the rate as printed, each resulting amount rounded to the penny

    @clause:2.4.1(G) @clause:17.1 @clause:17.4.3(A)(1) @tp:AC3-UPR-010
    Scenario Outline: amounts of chargeable minutes
      Given <minutes> chargeable intrastate originating FGD minutes at end office "EO-1"
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "EO-1" is <common line>
      And the charge for "local_switching_2.originating" at "EO-1" is <local switching>

      Examples:
        | minutes | common line | local switching | why                                                    |
        | 1,234.5 | $41.73      | $25.89          | 41.7261 and 25.8862305 round up, not down              |
        | 10,000  | $338.00     | $209.69         | the six printed decimals: not $210.00 at $0.0210       |

    @clause:2.4.1(G) @clause:17.4.3(A)(1) @tp:AC3-UPR-011 @interpretation:penny-rounding-ties=half-up
    Scenario: a tie of half a penny rounds up
      Given 5,000 chargeable intrastate originating FGD minutes at end office "EO-1"
      When the bill is rendered
      Then the charge for "local_switching_2.originating" at "EO-1" is $104.85

    @clause:2.4.1(G) @clause:17.4.3(A)(1) @tp:AC3-UPR-012 @interpretation:penny-rounding-ties=half-even
    Scenario: read half to even, a tie of half a penny rounds to the even penny
      Given 5,000 chargeable intrastate originating FGD minutes at end office "EO-1"
      When the bill is rendered
      Then the charge for "local_switching_2.originating" at "EO-1" is $104.84

  Rule: 6.4.1(A)(1), 2.4.1(G) - the month's minutes of an end office are priced together, each end office on its own

    @clause:6.4.1(A)(1) @clause:3.7.4 @clause:6.1.3(B)(1) @tp:AC3-UPR-020
    Scenario: two end offices
      Given 9,000 chargeable intrastate originating FGD minutes at end office "EO-1"
      And 1,000 chargeable intrastate originating FGD minutes at end office "EO-2"
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "EO-1" is $304.20
      And the charge for "local_switching_2.originating" at "EO-1" is $188.72
      And the charge for "carrier_common_line.originating" at "EO-2" is $33.80
      And the charge for "local_switching_2.originating" at "EO-2" is $20.97

    @clause:6.4.1(A)(1) @clause:2.4.1(G) @tp:AC3-UPR-021
    Scenario: two summaries of one end office, feature group and direction are priced as one
      Given 0.5 chargeable intrastate originating FGB minutes at end office "EO-1"
      And 0.5 chargeable intrastate originating FGB minutes at end office "EO-1"
      When the bill is rendered
      Then the charge for "carrier_common_line.originating" at "EO-1" is $0.03
      And the charge for "local_switching_1.originating" at "EO-1" is $0.02
