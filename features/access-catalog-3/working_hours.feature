@document:access-catalog-3 @capability:working-hours
Feature: Normally scheduled working hours decide the time class (13, 17.6.1, 17.6.2)
  "normally scheduled working hours are an employee's scheduled work period in any given calendar
  day". Basic Time is within them, Overtime outside them on a scheduled work day, Premium Time on a
  day that is not a scheduled work day: the case gives when the work began and the employee's
  schedule, and the bill derives the class. Other Labor: Basic $29.34, Overtime $44.00, Premium
  $58.67 per half hour or fraction (17.6.2(C)).

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 13 - the class follows the scheduled work period

    @clause:13 @clause:17.6.2(C) @tp:AC3-LAB-030 @interpretation:labor-time-split=split
    Scenario Outline: an hour of other labor against a scheduled work period of 08:00 to 17:00
      When 1 technician works <minutes> minutes of other labor from <started>, the scheduled work period being 08:00 to 17:00
      Then the additional labor charge is <charge>

      Examples:
        | started          | minutes | charge  | why                                                  |
        | 2025-03-10 09:00 | 60      | $58.68  | two basic half hours                                  |
        | 2025-03-10 16:30 | 60      | $73.34  | half an hour basic, half an hour overtime             |
        | 2025-03-10 17:00 | 60      | $88.00  | the period has ended: two overtime half hours         |
        | 2025-03-10 07:45 | 30      | $73.34  | a quarter hour before the period and one in it        |

    @clause:13 @clause:17.6.2(C) @tp:AC3-LAB-031
    Scenario: outside a scheduled work day it is Premium Time
      When 1 technician works 60 minutes of other labor from 2025-03-09 10:00, not a scheduled work day
      Then the additional labor charge is $117.34

    @clause:13 @clause:17.6.2(C) @tp:AC3-LAB-032 @interpretation:labor-time-split=by-start
    Scenario: read whole at the class of its start, work begun within the period is all Basic Time
      When 1 technician works 60 minutes of other labor from 2025-03-10 16:30, the scheduled work period being 08:00 to 17:00
      Then the additional labor charge is $58.68
