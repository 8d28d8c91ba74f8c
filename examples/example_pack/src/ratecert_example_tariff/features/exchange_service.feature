@document:example-tariff-1
Feature: Example Tariff No. 1 - local exchange service (3.1, 3.2)
  An access line is billed $18.00 a month, one thirtieth a day for the days in service when it comes
  or goes during the month; each additional listing $2.25 a month.

  Background:
    Given a bill dated 2026-12-01
    And the billing period runs from 2026-12-01 to 2026-12-31

  @clause:3.1 @tp:ET1-LINE-001 @capability:exchange-lines
  Scenario Outline: a line is billed for the days it is in service
    Given access line "L-1" <when>
    When the bill is rendered
    Then the access line charge for "L-1" is <charge>

    Examples:
      | when                          | charge | days                            |
      | in service all month          | $18.00 | a 31-day month is still 30 days |
      | established on 2026-12-22     | $6.00  | 10 of 30                        |
      | disconnected on 2026-12-11    | $6.00  | 10 of 30                        |

  @clause:3.2 @tp:ET1-LIST-001 @capability:listings
  Scenario: three additional listings
    Given 3 additional directory listings
    When the bill is rendered
    Then the directory listing charge is $6.75
