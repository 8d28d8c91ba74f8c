@document:access-catalog-3 @capability:cancellation
Feature: Cancellation and partial cancellation of an access order (5.5.3, 5.5.4)
  Cancelling before installation starts costs nothing; after it starts, the lower of the costs
  incurred less net salvage and the minimum period charges. Cancelling an order to disconnect
  costs nothing, nor does cancelling after the Telephone Company missed the service date by more
  than 30 days. A decrease in ordered quantity is a partial cancellation charged the same way.
  (5.5.3(A) and (B)(1) are lost: page 5-22 is blank.)

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And a new order "O-5" for special access on 2025-03-01
    And the order is for monthly elements 2 × high_capacity.channel_termination.ds1
    And the order installs 1 × special_nrc.high_capacity.installation.ds1
    And the service date was 2025-03-20

  Rule: 5.5.3(B) - the lower of costs incurred and the minimum period charges

    @clause:5.5.3(B)(2) @tp:AC3-CAN-001 @negative
    Scenario: cancelled before installation starts
      When the customer cancels the order on 2025-03-05
      Then the cancellation charge is $0.00

    @clause:5.5.3(B)(3) @clause:5.5.2 @tp:AC3-CAN-002
    Scenario Outline: cancelled after installation started (minimum period charges $370.00 + $400.00)
      When installation started on 2025-03-04
      And the costs incurred less estimated net salvage are <costs>
      And the customer cancels the order on 2025-03-06
      Then the cancellation charge is <charge>

      Examples:
        | costs     | charge  |
        | $500.00   | $500.00 |
        | $770.00   | $770.00 |
        | $1,200.00 | $770.00 |

    @clause:5.5.3(B)(3) @clause:5.5.2 @tp:AC3-CAN-003
    Scenario: a DS3 Channel Termination ($2,400.00 a month, 12-month minimum) cancelled after installation started - twelve months of minimum period charges
      Given a new order "O-7" for special access on 2025-03-01
      And the order is for monthly elements 1 × high_capacity.channel_termination.ds3
      And the service date was 2025-03-20
      When installation started on 2025-03-04
      And the costs incurred less estimated net salvage are $40,000.00
      And the customer cancels the order on 2025-03-06
      Then the cancellation charge is $28,800.00

  Rule: 5.5.3(C) and (D) - cancellations that cost nothing

    @clause:5.5.3(C) @tp:AC3-CAN-010 @negative
    Scenario: cancelling an order for the discontinuance of service
      When a disconnect order "O-6" for special access on 2025-03-01
      And installation started on 2025-03-02
      And the customer cancels the order on 2025-03-06
      Then the cancellation charge is $0.00

    @clause:5.5.3(D) @tp:AC3-CAN-011
    Scenario Outline: a service date missed by the Telephone Company by more than 30 days
      When installation started on 2025-03-04
      And the costs incurred less estimated net salvage are $500.00
      And the service date was missed because of <cause>
      And the customer cancels the order on <cancelled>
      Then the cancellation charge is <charge>

      @negative
      Examples: the service date was 2025-03-20 - none due
        | cause                   | cancelled  | charge  | why                          |
        | the Telephone Company   | 2025-04-20 | $0.00   | 31 days late                 |

      Examples: the service date was 2025-03-20
        | cause                   | cancelled  | charge  | why                          |
        | the Telephone Company   | 2025-04-19 | $500.00 | exactly 30 days is not more  |
        | the Telephone Company   | 2025-04-18 | $500.00 | 29 days                      |
        | an act of God           | 2025-04-20 | $500.00 | delays by acts of God excused |
        | the customer's request  | 2025-04-20 | $500.00 | the customer's own delay     |

  Rule: 5.5.4 - a decrease is a partial cancellation

    @clause:5.5.4 @tp:AC3-CAN-020
    Scenario Outline: reducing the order by one DS1 channel termination ($185.00 a month)
      When installation started on 2025-03-04
      And the costs incurred less estimated net salvage are <costs>
      And the customer reduces the order by 1 × high_capacity.channel_termination.ds1 on 2025-03-06
      Then the cancellation charge is <charge>

      Examples:
        | costs   | charge  |
        | $100.00 | $100.00 |
        | $300.00 | $185.00 |
