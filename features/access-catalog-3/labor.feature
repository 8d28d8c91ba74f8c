@document:access-catalog-3 @capability:labor
Feature: Additional engineering and additional labor (13.1, 13.2, rated by 17.6.1 and 17.6.2)
  Each half hour or fraction thereof, per engineer or technician, at Basic Time, Overtime or
  Premium Time. A call-out not consecutive with the scheduled work period is charged at least
  four hours. Standby is the time in excess of the first half hour.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 13.1 - Additional Engineering per engineer per half hour or fraction

    @clause:13.1 @clause:17.6.1(A) @clause:17.6.1(B) @clause:17.6.1(C) @tp:AC3-LAB-001
    Scenario Outline: engineering time by time class
      When <people> <who> <work> <minutes> minutes of additional engineering at <class> on 2025-03-10
      Then the additional engineering charge is <charge>

      Examples:
        | people | who       | work  | minutes | class        | charge  | why                  |
        | 1      | engineer  | works | 61      | basic time   | $108.60 | 3 x $36.20           |
        | 1      | engineer  | works | 30      | overtime     | $54.30  | 1 x $54.30           |
        | 2      | engineers | work  | 31      | premium time | $289.60 | 2 x 2 x $72.40       |

    @clause:13.1(C) @tp:AC3-LAB-002
    Scenario: engineering review of a design change is charged even when the change is not authorized
      When 1 engineer works 60 minutes of additional engineering at basic time on 2025-03-10
      Then the additional engineering charge is $72.40
      And the design change charge is $0.00

    @clause:5.2.5 @tp:AC3-LAB-003 @negative
    Scenario: Additional Engineering the customer declines - the order is withdrawn, nothing is charged
      When 1 engineer works 60 minutes of additional engineering at basic time on 2025-03-10
      And the customer declines the Additional Engineering
      Then the additional engineering charge is $0.00

  Rule: 13.2 - Additional Labor per technician per half hour or fraction, four hours on a call-out

    @clause:13.2 @clause:13.2.1 @clause:13.2.2 @clause:17.6.2(A) @tp:AC3-LAB-010
    Scenario Outline: installation and repair outside normally scheduled hours
      When 1 technician works <minutes> minutes of <kind> at <class> on 2025-03-08
      Then the additional labor charge is <charge>

      @negative
      Examples: none due
        | minutes | kind                  | class        | charge  | why                                           |
        | 90      | installation          | basic time   | $0.00   | basic-hours work is in the service charges    |

      Examples:
        | minutes | kind                  | class        | charge  | why                                           |
        | 45      | repair                | overtime     | $88.00  | 2 x $44.00                                    |
        | 90      | overtime installation | premium time | $176.01 | 3 x $58.67                                    |

    @clause:13.2 @clause:17.6.2(A) @tp:AC3-LAB-011
    Scenario Outline: a call-out is charged at least four hours
      When 1 technician works <minutes> minutes of repair at premium time on 2025-03-08
      And the work is a call-out not consecutive with the scheduled work period
      Then the additional labor charge is <charge>

      Examples:
        | minutes | charge  | why                      |
        | 60      | $469.36 | 8 half hours at $58.67   |
        | 240     | $469.36 | exactly four hours       |
        | 300     | $586.70 | 10 half hours            |

    @clause:13.2.3 @clause:17.6.2(B) @tp:AC3-LAB-012
    Scenario Outline: standby is charged for the time in excess of one half hour
      When 1 technician works <minutes> minutes of standby at basic time on 2025-03-10
      Then the additional labor charge is <charge>

      @negative
      Examples: none due
        | minutes | charge | why                        |
        | 29      | $0.00  | within the half hour       |
        | 30      | $0.00  | nothing beyond the half hour |

      Examples:
        | minutes | charge | why                        |
        | 31      | $29.34 | one minute: a fraction     |
        | 70      | $58.68 | 40 minutes: 2 half hours   |

    @clause:13.2.4 @clause:13.2.5 @clause:17.6.2(C) @tp:AC3-LAB-013
    Scenario Outline: testing with other telephone companies and other labor
      When 1 technician works <minutes> minutes of <kind> at <class> on 2025-03-10
      Then the additional labor charge is <charge>

      Examples:
        | minutes | kind                                    | class      | charge  |
        | 100     | testing with another telephone company  | overtime   | $176.00 |
        | 15      | other labor                             | basic time | $29.34  |

  Rule: 17.6 rates are effective-dated: page 17-23 (1st Revised) took effect on 2017-01-01

    @clause:13.2 @clause:17.6.2(C) @tp:AC3-LAB-020
    Scenario: work on the day the 1st Revised page took effect is billed at its rate
      When 1 technician works 15 minutes of other labor at basic time on 2017-01-01
      Then the additional labor charge is $29.34

    @clause:13.2 @clause:17.6.2(C) @tp:AC3-LAB-021
    Scenario: work the day before is not billed at a rate that was not yet in force
      When 1 technician works 15 minutes of other labor at basic time on 2016-12-31
      Then the work is declined, or billed at another rate than the $29.34 not yet in force
