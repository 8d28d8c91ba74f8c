@document:access-catalog-3 @capability:db800
Feature: 800 Data Base queries allocated to end offices (6.4.1(C)(6), 17.4.2(D))
  When a customer's 800 queries are counted only at the tandem, each subtending end office bills
  the share of its unidentified originating 800 minutes in the total of all subtending end offices.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 6.4.1(C)(6) - the catalog's allocation example

    @clause:6.4.1(C)(6) @clause:17.4.2(D) @clause:6.1.3(C)(2) @tp:AC3-800-001
    Scenario Outline: EO-1, EO-2 and EO-3 measure 2,000, 3,000 and 5,000 minutes of 800 use
      Given the tandem counts <total> 800 Data Base queries for the customer, and its subtending end offices measure EO-1 2,000 minutes, EO-2 3,000 minutes, EO-3 5,000 minutes
      When end office "<office>" bills its share
      Then <queries> units of "db800_query" are billed
      And the charge for "db800_query.basic" at "<office>" is <charge>

      Examples: $0.01177 a query
        | total | office | queries | charge | share |
        | 4,000 | EO-1   | 800     | $9.42  | 20%   |
        | 6,000 | EO-1   | 1200    | $14.12 | 20%   |
        | 4,000 | EO-3   | 2000    | $23.54 | 50%   |

  Rule: 6.10.3(C) - 800 query charges are in addition to the Switched Access charges

    @clause:6.10.3(C) @capability:switched-usage @tp:AC3-800-002
    Scenario: EO-1 bills its 800 share and its own 2,000 originating FGD minutes
      Given the tandem counts 4,000 800 Data Base queries for the customer, and its subtending end offices measure EO-1 2,000 minutes, EO-2 3,000 minutes, EO-3 5,000 minutes
      And end office "EO-1" reports a projected intrastate percentage of 100%
      And 2,000 originating FGD access minutes at end office "EO-1" routed directly
      When end office "EO-1" bills its share
      Then the charge for "db800_query.basic" at "EO-1" is $9.42
      And the charge for "local_switching_2.originating" at "EO-1" is $41.94
      And the charge for "carrier_common_line.originating" at "EO-1" is $67.60

