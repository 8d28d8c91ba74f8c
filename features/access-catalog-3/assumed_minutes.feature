@document:access-catalog-3 @capability:switched-usage
Feature: Assumed minutes for unmeasured FGA and FGB (17.4.4, 6.5.4, 6.6.4)
  Without measurement, a two-way line or trunk is assumed to carry 3596 minutes a month (1902
  originating, 1694 terminating); a one-way line 1902 or 1694. Measured in one direction only, the
  unmeasured direction gets its assumed minutes, reduced so that the two never exceed 3596.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And end office "EO-1" reports a projected intrastate percentage of 100%

  Rule: 17.4.4 - the assumed minutes of use

    @clause:17.4.4(A) @clause:17.4.4(B) @clause:17.4.4(C) @clause:6.5.4 @tp:AC3-ASM-001
    Scenario Outline: unmeasured FGA lines
      Given <count> <directionality> FGA lines at end office "EO-1" without measurement
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <originating>
      And the intrastate terminating access minutes at "EO-1" are <terminating>

      Examples:
        | count | directionality   | originating | terminating |
        | 1     | two-way          | 1902        | 1694        |
        | 3     | two-way          | 5706        | 5082        |
        | 1     | originating-only | 1902        | 0           |
        | 1     | terminating-only | 0           | 1694        |

    @clause:17.4.4(D) @clause:17.4.4(E) @clause:17.4.4(F) @clause:6.6.4 @tp:AC3-ASM-002 @interpretation:fgb-two-way-assumed-split=1902-1694
    Scenario Outline: unmeasured FGB trunks
      Given <count> <directionality> FGB trunks at end office "EO-1" without measurement
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <originating>
      And the intrastate terminating access minutes at "EO-1" are <terminating>

      Examples:
        | count | directionality   | originating | terminating |
        | 1     | two-way          | 1902        | 1694        |
        | 2     | originating-only | 3804        | 0           |
        | 2     | terminating-only | 0           | 3388        |

    @clause:17.4.4(D) @tp:AC3-ASM-003 @interpretation:fgb-two-way-assumed-split=4500-4500
    Scenario: read as printed, a two-way FGB trunk is assumed 4500 minutes each way
      Given 1 two-way FGB trunks at end office "EO-1" without measurement
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are 4500
      And the intrastate terminating access minutes at "EO-1" are 4500

  Rule: 6.5.4, 6.6.4 - one direction measured: the other is filled up to 3596 at most

    @clause:6.5.4 @clause:6.6.4 @tp:AC3-ASM-010 @interpretation:fgb-two-way-assumed-split=1902-1694
    Scenario Outline: the printed matrix of 6-54 and 6-65
      Given 1 two-way FG<fg> lines at end office "EO-1" measured only <measured> at <minutes> minutes each
      When the bill is rendered
      Then the intrastate originating access minutes at "EO-1" are <originating>
      And the intrastate terminating access minutes at "EO-1" are <terminating>

      Examples:
        | fg | measured    | minutes | originating | terminating | why                                   |
        | A  | originating | 3000    | 3000        | 596         | 3596 - 3000                           |
        | A  | originating | 1000    | 1000        | 1694        | the full assumed terminating minutes  |
        | A  | terminating | 2000    | 1596        | 2000        | 3596 - 2000                           |
        | A  | originating | 3596    | 3596        | 0           | exactly the two-way total             |
        | A  | originating | 4000    | 4000        | 0           | more than 3596: nothing assumed       |
        | B  | originating | 3000    | 3000        | 596         | the same rule per trunk               |
