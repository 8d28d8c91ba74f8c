@document:access-catalog-3 @capability:switched-usage
Feature: FGD Network Blocking Charge (6.8.6, 17.4.2(B))
  When the customer does not order capacity within 15 days of a notice, each overflow in excess of
  the blocking threshold is billed at $0.0038 for every clock hour whose 30-day average overflow
  exceeds the threshold and whose average usage exceeds the capacity purchased.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 6.8.6 - overflows in excess of the threshold, after 15 days of grace

    @clause:6.8.6 @clause:17.4.2(B) @tp:AC3-BLK-001
    Scenario Outline: 100,000 attempts and 5,000 overflows in the 10 a.m. hour of the 30 days
      Given a trunk group of <trunks> FGD trunks at end office "EO-1" routed <routing>, notified on 2025-03-01
      And in the 10 a.m. hour it saw 100,000 attempts, 5,000 overflows, average usage <usage> minutes against <capacity> purchased
      And capacity was <ordered>
      When the bill is rendered
      Then the charge for "network_blocking" at "EO-1" is <charge>

      @negative
      Examples: none due
        | trunks | routing               | usage | capacity | ordered               | charge | why                                         |
        | 1      | directly              | 600   | 500      | never ordered         | $0.00  | 5% does not exceed 7%                       |
        | 7      | directly              | 499   | 500      | never ordered         | $0.00  | usage under the capacity                    |
        | 7      | directly              | 500   | 500      | never ordered         | $0.00  | usage does not exceed the capacity          |
        | 7      | directly              | 600   | 500      | ordered on 2025-03-10 | $0.00  | ordered on day 9                            |
        | 7      | directly              | 600   | 500      | ordered on 2025-03-16 | $0.00  | ordered within 15 days                      |

      Examples:
        | trunks | routing               | usage | capacity | ordered               | charge | why                                         |
        | 7      | directly              | 600   | 500      | never ordered         | $7.60  | 3% threshold: 2,000 in excess x $0.0038     |
        | 7      | through a tandem      | 600   | 500      | never ordered         | $11.40 | 2% threshold: 3,000 in excess               |
        | 5      | directly              | 600   | 500      | never ordered         | $3.80  | 4% threshold: 1,000 in excess               |
        | 7      | directly              | 600   | 500      | ordered on 2025-03-17 | $7.60  | ordered on day 16                           |

    @clause:6.8.6 @tp:AC3-BLK-002 @negative
    Scenario: an overflow of exactly the threshold is not excessive
      Given a trunk group of 7 FGD trunks at end office "EO-1" routed directly, notified on 2025-03-01
      And in the 10 a.m. hour it saw 100,000 attempts, 3,000 overflows, average usage 600 minutes against 500 purchased
      And capacity was never ordered
      When the bill is rendered
      Then the charge for "network_blocking" at "EO-1" is $0.00

    @clause:6.8.6 @clause:17.4.2(B) @tp:AC3-BLK-003
    Scenario: 3,030 overflows of 100,000 attempts are 30 in excess of the 3% threshold
      Given a trunk group of 7 FGD trunks at end office "EO-1" routed directly, notified on 2025-03-01
      And in the 10 a.m. hour it saw 100,000 attempts, 3,030 overflows, average usage 600 minutes against 500 purchased
      And capacity was never ordered
      When the bill is rendered
      Then the charge for "network_blocking" at "EO-1" is $0.11

    @clause:6.8.6 @tp:AC3-BLK-004 @negative
    Scenario: 2,971 overflows of 100,000 attempts are under the 3% threshold - nothing is billed
      Given a trunk group of 7 FGD trunks at end office "EO-1" routed directly, notified on 2025-03-01
      And in the 10 a.m. hour it saw 100,000 attempts, 2,971 overflows, average usage 600 minutes against 500 purchased
      And capacity was never ordered
      When the bill is rendered
      Then the charge for "network_blocking" at "EO-1" is $0.00
