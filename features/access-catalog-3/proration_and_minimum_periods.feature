@document:access-catalog-3
Feature: Proration, rounding and minimum periods (2.4.1(B), 2.4.1(F), 2.4.1(G), 2.4.2, 5.5.1, 5.5.2)
  Monthly charges are billed for the period; a quantity established or discontinued in the period
  is prorated by days on a 30-day month. A service discontinued before its minimum period (one
  month; twelve for DS3 Entrance Facility and Direct Trunked Transport; none for usage-rated
  Switched services) pays for the minimum period.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-03-01

  Rule: 2.4.1(F) - proration on a 30-day month

    @capability:proration @clause:2.4.1(F) @clause:2.4.1(B)(2) @clause:7.2.2(A) @tp:AC3-PRO-001 @interpretation:proration-day-count=start-inclusive
    Scenario Outline: two voice grade channel terminations at $45.00 established during the period
      Given the billing period runs from <first> to <last>
      And a special access service "SA-1" of 2 × voice_grade.channel_termination.2w
      And the service is established on <established>
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination" is <charge>

      Examples: $90.00 x days / 30, whatever the length of the calendar month
        | first      | last       | established | charge | days                       |
        | 2025-03-01 | 2025-03-31 | 2025-02-01  | $90.00 | the whole period           |
        | 2025-03-01 | 2025-03-31 | 2025-03-21  | $33.00 | 11 of a 31-day month       |
        | 2025-02-01 | 2025-02-28 | 2025-02-15  | $42.00 | 14 of a 28-day month       |
        | 2025-03-01 | 2025-03-31 | 2025-03-02  | $90.00 | 30 days are a whole month  |

    @capability:proration @clause:2.4.1(F) @tp:AC3-PRO-002 @interpretation:proration-day-count=both-inclusive
    Scenario: counting both the first and the last day of service
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a special access service "SA-1" of 2 × voice_grade.channel_termination.2w
      And the service is established on 2025-01-10
      And the service is disconnected on 2025-03-15
      When the bill is rendered
      Then the charge for "voice_grade.channel_termination" is $45.00

    @capability:proration @clause:6.4.2 @clause:2.4.1(F) @tp:AC3-PRO-010 @interpretation:proration-day-count=start-inclusive
    Scenario: the minimum monthly charge of a flat-rated switched element established on April 16 - 15 days of a 30-day month
      Given the billing period runs from 2025-04-01 to 2025-04-30
      And a flat-rated switched service "EF-1" of 1 × entrance_facility.ds1
      And the service is established on 2025-04-16
      When the bill is rendered
      Then the charge for "entrance_facility.ds1" at "EF-1" is $25.71

  Rule: 2.4.1(G) - the rate as printed, the resulting amount rounded to the nearest penny

    @capability:proration @clause:2.4.1(G) @clause:2.4.1(F) @tp:AC3-RND-001 @interpretation:penny-rounding-ties=half-up
    Scenario: half a cent rounds up
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a flat-rated switched service "DT-1" of 15 × direct_trunked_facility.vg
      And the service is established on 2025-03-31
      When the bill is rendered
      Then the charge for "direct_trunked_facility.vg" is $0.03

    @capability:proration @clause:2.4.1(G) @clause:2.4.1(F) @tp:AC3-RND-002 @interpretation:penny-rounding-ties=half-even
    Scenario: under the half-even reading half a cent rounds to the even penny
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a flat-rated switched service "DT-1" of 15 × direct_trunked_facility.vg
      And the service is established on 2025-03-31
      When the bill is rendered
      Then the charge for "direct_trunked_facility.vg" is $0.02

  Rule: 2.4.2(A) - early discontinuance of a one-month minimum pays one month of 30 days (7.2.2(A), 2.4.1(F))

    @capability:minimum-periods @clause:2.4.2 @clause:2.4.2(A) @clause:5.5.1 @clause:5.5.2 @tp:AC3-MIN-001 @interpretation:minimum-period-charge=one-full-month @interpretation:proration-day-count=start-inclusive
    Scenario Outline: a $90.00 service disconnected within its first month
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a special access service "SA-1" of 2 × voice_grade.channel_termination.2w
      And the service is established on <established>
      And the service is disconnected on <disconnected>
      When the bill is rendered
      Then the minimum period charge for "SA-1" is <minimum charge>

      @negative
      Examples: the days used and the balance always add up to one 30-day month ($90.00) - none due
        | established | disconnected | minimum charge | why                                                      |
        | 2025-02-15  | 2025-03-17   | $0.00          | 30 days: the minimum period is over                      |
        | 2025-02-15  | 2025-03-18   | $0.00          | 31 days                                                  |
        | 2025-01-10  | 2025-03-15   | $0.00          | long past the minimum                                    |

      Examples: the days used and the balance always add up to one 30-day month ($90.00)
        | established | disconnected | minimum charge | why                                                      |
        | 2025-03-05  | 2025-03-06   | $87.00         | the day after installation: 1 day used, 29 to pay        |
        | 2025-03-05  | 2025-03-15   | $60.00         | 10 days used of 30; the balance of the month             |
        | 2025-02-15  | 2025-03-14   | $9.00          | 27 days used                                             |
        | 2025-02-15  | 2025-03-15   | $6.00          | a calendar month of 28 days is not a 30-day month        |
        | 2025-02-15  | 2025-03-16   | $3.00          | 29 days: one day short                                   |

    @capability:minimum-periods @clause:5.5.1 @tp:AC3-MIN-002 @negative
    Scenario: usage-rated switched services have no minimum period
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a usage-rated switched service "LS-1" with an assumed minutes of use charge of $300.00 a month
      And the service is established on 2025-03-05
      And the service is disconnected on 2025-03-10
      When the bill is rendered
      Then the minimum period charge for "LS-1" is $0.00

  Rule: 2.4.2(B) - a longer minimum pays the lesser of nonrecoverable costs and the remaining charges

    @capability:minimum-periods @clause:2.4.2(B) @clause:2.4.2 @tp:AC3-MIN-010 @interpretation:ds3-early-discontinuance=lesser-of @interpretation:proration-day-count=start-inclusive
    Scenario Outline: a DS3 Entrance Facility ($514.13 a month, 12-month minimum) disconnected after three months
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a flat-rated switched service "EF-1" of 1 × entrance_facility.ds3
      And the service is established on 2025-01-01
      And its nonrecoverable costs less net salvage are <nonrecoverable>
      And the service is disconnected on 2025-04-01
      When the bill is rendered
      Then the minimum period charge for "EF-1" is <minimum charge>

      Examples: 90 days used of 12 x 30: the remainder is 270 days, $514.13 x 270 / 30 = $4,627.17
        | nonrecoverable | minimum charge |
        | $1,000.00      | $1,000.00      |
        | $4,627.17      | $4,627.17      |
        | $5,000.00      | $4,627.17      |

    @capability:minimum-periods @clause:2.4.2(B) @clause:2.4.2 @clause:7.2.2(A) @tp:AC3-MIN-011 @interpretation:ds3-early-discontinuance=lesser-of @interpretation:proration-day-count=start-inclusive
    Scenario Outline: a DS3 Entrance Facility established on 2025-01-01 - the remainder of twelve 30-day months
      Given the billing period runs from 2025-03-01 to 2025-03-31
      And a flat-rated switched service "EF-1" of 1 × entrance_facility.ds3
      And the service is established on 2025-01-01
      And the service is disconnected on <disconnected>
      When the bill is rendered
      Then the minimum period charge for "EF-1" is <minimum charge>

      @negative
      Examples: the minimum is 360 days; with the days used it never exceeds twelve months ($6,169.56) - none due
        | disconnected | minimum charge | why                                                            |
        | 2025-12-27   | $0.00          | 360 days: the minimum period is over                           |
        | 2026-01-01   | $0.00          | a calendar year                                                |

      Examples: the minimum is 360 days; with the days used it never exceeds twelve months ($6,169.56)
        | disconnected | minimum charge | why                                                            |
        | 2025-01-02   | $6,152.42      | the day after installation: 359 days remain; with the day used, twelve months |
        | 2025-01-03   | $6,135.28      | a day later costs one day less                                 |
        | 2025-12-26   | $17.14         | 359 days used: one day remains                                 |
