@document:access-catalog-3 @capability:credit-allowances
Feature: Credit allowances for service interruptions (2.4.4, 2.6 Major Fraction Thereof)
  An interruption runs from the report to the restoration. Special Access and flat-rated Switched
  elements earn 1/1440 of the monthly charges per 30 minutes or major fraction thereof, nothing
  under 30 minutes; usage-rated elements 1/30 of the monthly charge per 24 hours or major fraction,
  nothing under 24 hours. "Major fraction" is more than half, never exactly half.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And the billing period runs from 2025-03-01 to 2025-03-31

  Rule: 2.4.4(B)(1) - 1/1440 of the monthly charges per 30 minutes or major fraction thereof

    @clause:2.4.4(B)(1) @clause:2.4.4(A) @clause:2.4.4(B)(1)(a) @clause:2.6_Major_Fraction_Thereof @tp:AC3-CRD-001
    Scenario Outline: a two-point DS3 service of $9,300.00 a month
      Given a special access service "HC-1" of 2 × high_capacity.channel_termination.ds3 and 20 × high_capacity.channel_mileage_facility.ds3 and 2 × high_capacity.channel_mileage_termination.ds3
      When service "HC-1" is out of service for <minutes> minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: $9,300.00 / 1440 = $6.458333 a period - none due
        | minutes | credit | periods                          |
        | 29      | $0.00  | under 30 minutes: none           |

      Examples: $9,300.00 / 1440 = $6.458333 a period
        | minutes | credit | periods                          |
        | 30      | $6.46  | 1                                |
        | 31      | $6.46  | 1: a minute over the 30          |
        | 44      | $6.46  | 1: a minute under half a period over |
        | 45      | $6.46  | 1: exactly half is not a major fraction |
        | 46      | $12.92 | 2                                |
        | 75      | $12.92 | 2                                |
        | 76      | $19.38 | 3                                |

    @clause:2.4.4(B)(1)(b) @tp:AC3-CRD-002
    Scenario: a multipoint service credits only the inoperative portion
      Given a special access service "VG-1" of 2 × voice_grade.channel_termination.2w and 10 × voice_grade.channel_mileage_facility and 2 × voice_grade.channel_mileage_termination
      When service "VG-1" is out of service for 1440 minutes from 2025-03-10 09:00
      And only the "voice_grade.channel_termination.2w" portion was inoperative
      Then the credit allowance for interruption-1 is $3.00

    @clause:2.4.4(B)(1)(a) @tp:AC3-CRD-003
    Scenario: a two-point service credits all of its monthly elements
      Given a special access service "VG-1" of 2 × voice_grade.channel_termination.2w and 10 × voice_grade.channel_mileage_facility and 2 × voice_grade.channel_mileage_termination
      When service "VG-1" is out of service for 1440 minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is $7.00

    @clause:2.4.4(B)(1)(c) @tp:AC3-CRD-004
    Scenario Outline: a multiplexed service credits what the failure takes down
      Given a special access service "MX-1" of 1 × high_capacity.channel_termination.ds3 and 1 × high_capacity.multiplexing.ds3_to_ds1 and 1 × high_capacity.channel_termination.ds1
      When service "MX-1" is out of service for 1440 minutes from 2025-03-10 09:00
      And only the "<inoperative>" portion was inoperative
      Then the credit allowance for interruption-1 is <credit>

      Examples:
        | inoperative                             | credit | failure                                  |
        | high_capacity.channel_termination.ds1   | $6.17  | a channel riding the facility: $185.00   |

    @clause:2.4.4(B)(1)(c) @tp:AC3-CRD-005
    Scenario: a failed multiplexer credits every element to and from the hub
      Given a special access service "MX-1" of 1 × high_capacity.channel_termination.ds3 and 1 × high_capacity.multiplexing.ds3_to_ds1 and 1 × high_capacity.channel_termination.ds1
      When service "MX-1" is out of service for 1440 minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is $99.00

    @clause:2.4.4(B)(1)(d) @tp:AC3-CRD-006
    Scenario: flat-rated switched elements credit Entrance Facility, Direct Trunked Transport and Multiplexing
      Given a flat-rated switched service "SW-1" of 1 × entrance_facility.ds1 and 10 × direct_trunked_facility.ds1 and 2 × direct_trunked_termination.ds1 and 1 × multiplexing.ds3_to_ds1
      When service "SW-1" is out of service for 1440 minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is $9.78

    @clause:2.4.4(B)(1) @clause:7.2.7 @clause:2.4.4(B)(3) @tp:AC3-CRD-007
    Scenario Outline: a mixed-use DS1 to a hub ($185.00) with <switched> of 24 channels switched, out for 24 hours
      Given a special access service "HC-1" of 1 × high_capacity.channel_termination.ds1
      And the service is a mixed use facility with <switched> of its 24 channels activated for Switched Access
      When service "HC-1" is out of service for 1440 minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: 48/1440 of what this catalog bills for the facility, not of its full rate - none due
        | switched | credit | billed                                        |
        | 24       | $0.00  | all switched: nothing billed, nothing credited |

      Examples: 48/1440 of what this catalog bills for the facility, not of its full rate
        | switched | credit | billed                                        |
        | 0        | $6.17  | all special: $185.00                          |
        | 12       | $3.08  | 12 of 24 special: $92.50, not $185.00 x 48/1440 = $6.17 |
        | 20       | $1.03  | four channels special: $30.83                 |

    @clause:2.4.4(B)(1) @clause:2.3.12(A) @clause:2.4.4(C)(7) @tp:AC3-CRD-009
    Scenario Outline: a flat-rated switched service ($293.37 a month) <interstate>% interstate, out for 24 hours
      Given a flat-rated switched service "SW-1" of 1 × entrance_facility.ds1 and 10 × direct_trunked_facility.ds1 and 2 × direct_trunked_termination.ds1 and 1 × multiplexing.ds3_to_ds1
      And the service is <interstate>% interstate
      When service "SW-1" is out of service for 1440 minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: nothing is credited
        | interstate | credit | why                                                      |
        | 99         | $0.00  | 48/1440 of $2.93 is $0.10, under the $1 floor (2.4.4(C)(7)) |
        | 100        | $0.00  | all interstate: nothing billed here, nothing credited    |

      Examples: 48/1440 of the intrastate share this catalog bills (2.3.12(A)), not of the full monthly rate
        | interstate | credit | why                                                      |
        | 0          | $9.78  | all intrastate: 48/1440 of $293.37                       |
        | 40         | $5.87  | 60% billed here: 48/1440 of $176.02, not $9.78           |

  Rule: 2.4.4(B) - a period of error performance below the service's specification is an interruption

    @clause:2.4.4(B) @clause:7.7.1 @clause:2.4.4(B)(1) @clause:15.2.1(F) @tp:AC3-CRD-050
    Scenario Outline: a hubbed Digital Data service (two 56.0 kbps terminations, $320.00) degraded for 24 hours at <efs>% error-free seconds
      Given a special access service "DD-1" of 2 × digital_data.channel_termination.56_0
      And the service has Technical Specifications Package D1
      And the service is provided through a Digital Data hub
      When service "DD-1" is out of service for 1440 minutes from 2025-03-10 09:00
      And the service stayed usable throughout, with <efs>% error-free seconds
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: 7.7.1 "a monthly average performance equal to or greater than 99.875% error-free seconds"; 48/1440 of $320.00 - none due
        | efs    | credit | why                                 |
        | 99.9   | $0.00  | better than specified               |
        | 99.875 | $0.00  | exactly the specification: met      |

      Examples: 7.7.1 "a monthly average performance equal to or greater than 99.875% error-free seconds"; 48/1440 of $320.00
        | efs    | credit | why                                 |
        | 99.874 | $10.67 | below it: an interruption           |
        | 95     | $10.67 | well below                          |

    @clause:2.4.4(B) @clause:7.8.1 @clause:2.4.4(B)(1) @clause:15.2.1(F) @tp:AC3-CRD-051
    Scenario Outline: a DS1 ($185.00) of package <package> degraded for 24 hours at <efs>% error-free seconds
      Given a special access service "HC-1" of 1 × high_capacity.channel_termination.ds1
      And the service has Technical Specifications Package <package>
      When service "HC-1" is out of service for 1440 minutes from 2025-03-10 09:00
      And the service stayed usable throughout, with <efs>% error-free seconds
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: 7.8.1 "HC1 will be capable of an error-free second performance of 98.75% over a continuous 24 hour period" - none due
        | package | efs   | credit | why                                              |
        | HC1     | 98.76 | $0.00  | better than specified                            |
        | HC1     | 98.75 | $0.00  | exactly the specification                        |
        | HC0     | 90    | $0.00  | no error performance specified: usable, not interrupted |

      Examples: 7.8.1 "HC1 will be capable of an error-free second performance of 98.75% over a continuous 24 hour period"
        | package | efs   | credit | why                                              |
        | HC1     | 98.74 | $6.17  | below it: 48/1440 of $185.00                     |

    @clause:2.4.4(B) @clause:7.7.1 @tp:AC3-CRD-052 @negative
    Scenario: a Digital Data service not provided through a hub has no error performance specified
      Given a special access service "DD-2" of 2 × digital_data.channel_termination.56_0
      And the service has Technical Specifications Package D1
      When service "DD-2" is out of service for 1440 minutes from 2025-03-10 09:00
      And the service stayed usable throughout, with 95% error-free seconds
      Then the credit allowance for interruption-1 is $0.00

  Rule: 2.4.4(B)(2) - usage-rated elements: 1/30 per 24 hours or major fraction thereof

    @clause:2.4.4(B)(2) @clause:2.6_Major_Fraction_Thereof @tp:AC3-CRD-010
    Scenario Outline: an assumed minutes of use charge of $300.00 a month
      Given a usage-rated switched service "LS-1" with an assumed minutes of use charge of $300.00 a month
      When service "LS-1" is reported out of service at 2025-03-10 08:00 and restored at <restored>
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: the catalog's own example: 36 hours 15 minutes earn two 24-hour periods - none due
        | restored         | credit | duration                          |
        | 2025-03-11 07:59 | $0.00  | 23 h 59 min: under 24 hours       |

      Examples: the catalog's own example: 36 hours 15 minutes earn two 24-hour periods
        | restored         | credit | duration                          |
        | 2025-03-11 08:00 | $10.00 | 24 h                              |
        | 2025-03-11 08:01 | $10.00 | 24 h 1 min                        |
        | 2025-03-11 19:59 | $10.00 | 35 h 59 min: under half more      |
        | 2025-03-11 20:00 | $10.00 | 36 h: exactly half is not major   |
        | 2025-03-11 20:15 | $20.00 | 36 h 15 min                       |

  Rule: 2.4.4(B)(3) - credits never exceed the monthly rate in a billing period

    @clause:2.4.4(B)(3) @tp:AC3-CRD-020
    Scenario: two long interruptions of a $100.00 service are capped at $100.00 (the second would earn $35.00)
      Given a special access service "VG-2" of 2 × voice_grade.channel_termination.2w and 5 × voice_grade.channel_mileage_facility
      When service "VG-2" is reported out of service at 2025-03-01 00:00 and restored at 2025-03-21 00:00
      And service "VG-2" is reported out of service at 2025-03-21 00:00 and restored at 2025-03-31 12:00
      Then the credit allowance for interruption-1 is $66.67
      And the credit allowance for interruption-2 is $33.33
      And the credit allowances total $100.00

    @clause:2.4.4(B)(3) @tp:AC3-CRD-021
    Scenario: once the credits reach the $100.00 monthly rate, a third interruption is credited nothing
      Given a special access service "VG-2" of 2 × voice_grade.channel_termination.2w and 5 × voice_grade.channel_mileage_facility
      When service "VG-2" is reported out of service at 2025-03-01 00:00 and restored at 2025-03-21 00:00
      And service "VG-2" is reported out of service at 2025-03-21 00:00 and restored at 2025-03-31 12:00
      And service "VG-2" is reported out of service at 2025-03-31 12:00 and restored at 2025-03-31 20:00
      Then the credit allowance for interruption-3 is $0.00
      And the credit allowances total $100.00

    @clause:6.2.1 @clause:2.4.4(B)(2) @clause:2.4.4(B)(3) @tp:AC3-CRD-011
    Scenario Outline: protective network controls (call gapping) cut a usage-rated service off completely
      Given a usage-rated switched service "LS-1" with an assumed minutes of use charge of $300.00 a month
      When service "LS-1" is reported out of service at 2025-03-01 08:00 and restored at <restored>
      And the interruption was caused by the Telephone Company's protective network controls
      Then the credit allowance for interruption-1 is <credit>

      Examples: credited as any interruption (6.2.1 names 2.4.4(B)(3))
        | restored         | credit  | why                                         |
        | 2025-03-02 08:00 | $10.00  | 24 hours: 1/30 of $300.00                   |
        | 2025-03-31 08:00 | $300.00 | 30 days: exactly the month's charge         |
        | 2025-04-15 08:00 | $300.00 | 45 days earn $450.00, never more than a month |

  Rule: 2.1.3(G) and 2.1.8(C) - a failure beyond the Telephone Company's control is excused but credited; a temporary discontinuance for interference is not credited

    @clause:2.1.3(G) @tp:AC3-CRD-060
    Scenario: an act of God excuses the failure, "subject to the Credit Allowance for a Service Interruption"
      Given a special access service "HC-1" of 2 × high_capacity.channel_termination.ds3 and 20 × high_capacity.channel_mileage_facility.ds3 and 2 × high_capacity.channel_mileage_termination.ds3
      When service "HC-1" is out of service for 120 minutes from 2025-03-10 09:00
      And the failure was caused by an act of God, beyond the Telephone Company's control
      Then the credit allowance for interruption-1 is $25.83

    @clause:2.1.8(C) @tp:AC3-CRD-061 @negative
    Scenario: during a temporary discontinuance for interference or impairment no credit allowance applies
      Given a special access service "HC-1" of 2 × high_capacity.channel_termination.ds3 and 20 × high_capacity.channel_mileage_facility.ds3 and 2 × high_capacity.channel_mileage_termination.ds3
      When service "HC-1" is out of service for 120 minutes from 2025-03-10 09:00
      And the Telephone Company temporarily discontinued the service because the customer's use impaired the network
      Then the credit allowance for interruption-1 is $0.00

  Rule: 2.4.4(C) - when no credit allowance applies

    @clause:2.4.4(C)(1) @clause:2.4.4(C)(2) @clause:2.4.4(C)(6) @clause:13.3.2 @tp:AC3-CRD-030 @negative
    Scenario Outline: interruptions the customer caused earn nothing
      Given a special access service "HC-1" of 2 × high_capacity.channel_termination.ds3 and 20 × high_capacity.channel_mileage_facility.ds3 and 2 × high_capacity.channel_mileage_termination.ds3
      When service "HC-1" is out of service for 120 minutes from 2025-03-10 09:00
      And <cause>
      Then the credit allowance for interruption-1 is $0.00

      Examples:
        | cause                                                                |
        | the interruption was caused by the customer's negligence              |
        | the interruption was caused by equipment the customer provided        |
        | the customer declined to release the service for testing and kept using it impaired |

    @clause:2.4.4(C)(3) @tp:AC3-CRD-031
    Scenario: a day without access to the premises is not credited
      Given a special access service "HC-1" of 2 × high_capacity.channel_termination.ds3 and 20 × high_capacity.channel_mileage_facility.ds3 and 2 × high_capacity.channel_mileage_termination.ds3
      When service "HC-1" is reported out of service at 2025-03-03 08:00 and restored at 2025-03-05 08:00
      And the Telephone Company had no access to the premises on 2025-03-04
      Then the credit allowance for interruption-1 is $310.00

    @clause:2.4.4(C)(4) @clause:2.3.4 @tp:AC3-CRD-032
    Scenario: the negotiated release window is not credited, the time after it is
      Given a special access service "HC-1" of 2 × high_capacity.channel_termination.ds3 and 20 × high_capacity.channel_mileage_facility.ds3 and 2 × high_capacity.channel_mileage_termination.ds3
      When service "HC-1" is reported out of service at 2025-03-10 10:00 and restored at 2025-03-10 14:00
      And the service was released for maintenance by agreement from 2025-03-10 10:00 to 2025-03-10 12:00
      Then the credit allowance for interruption-1 is $25.83

    @clause:2.4.4(C)(5) @tp:AC3-CRD-033 @interpretation:special-construction-window=through-day-after
    Scenario: no credit from the seventh day after notice through the day after authorization
      Given a special access service "VG-2" of 2 × voice_grade.channel_termination.2w and 5 × voice_grade.channel_mileage_facility
      When service "VG-2" is reported out of service at 2025-03-01 00:00 and restored at 2025-03-15 00:00
      And the customer received notice to replace special construction on 2025-03-01 and the Telephone Company received its authorization on 2025-03-10
      Then the credit allowance for interruption-1 is $33.33

    @clause:2.4.4(C)(7) @tp:AC3-CRD-034
    Scenario Outline: a credit under one dollar is not given
      Given a special access service "VG-3" of <terminations> × voice_grade.channel_termination.2w
      When service "VG-3" is out of service for 30 minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is <credit>

      @negative
      Examples: 1/1440 of <terminations> x $45.00 - none due
        | terminations | credit | why                         |
        | 31           | $0.00  | $0.97 is less than a dollar |

      Examples: 1/1440 of <terminations> x $45.00
        | terminations | credit | why                         |
        | 32           | $1.00  | exactly a dollar            |
        | 33           | $1.03  | over a dollar               |

    @clause:2.4.4(C)(7) @tp:AC3-CRD-035
    Scenario: interruptions from a common cause are added before the dollar test
      Given a special access service "VG-3" of 31 × voice_grade.channel_termination.2w
      When service "VG-3" is out of service for 30 minutes from 2025-03-10 09:00
      And service "VG-3" is out of service for 30 minutes from 2025-03-10 11:00
      And the interruptions share the common cause "cable cut"
      Then the credit allowances total $1.94

    @clause:2.4.4(B)(1) @clause:2.4.4(C)(7) @tp:AC3-CRD-037
    Scenario: an interruption under 30 minutes earns no credit, even beside one of the same cause that earns a dollar
      Given a special access service "VG-3" of 33 × voice_grade.channel_termination.2w
      When service "VG-3" is out of service for 30 minutes from 2025-03-10 09:00
      And service "VG-3" is out of service for 29 minutes from 2025-03-10 11:00
      And the interruptions share the common cause "cable cut"
      Then the credit allowance for interruption-1 is $1.03
      And the credit allowance for interruption-2 is $0.00

    @clause:2.4.4(C)(7) @tp:AC3-CRD-036 @negative
    Scenario: a credit of 99 cents is not given
      Given a special access service "VG-4" of 22 × voice_grade.channel_termination.4w
      When service "VG-4" is out of service for 30 minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is $0.00

  Rule: 2.4.4(E) - temporary surrender: 1/1440 per 30 minutes or any fraction thereof

    @clause:2.4.4(E) @tp:AC3-CRD-040
    Scenario Outline: a $210.00 service surrendered at the Telephone Company's request
      Given a special access service "VG-1" of 2 × voice_grade.channel_termination.2w and 10 × voice_grade.channel_mileage_facility and 2 × voice_grade.channel_mileage_termination
      When the customer surrenders service "VG-1" at the Telephone Company's request for <minutes> minutes from 2025-03-10 09:00
      Then the credit allowance for interruption-1 is <credit>

      Examples: no 30-minute minimum; any fraction counts
        | minutes | credit |
        | 10      | $0.15  |
        | 30      | $0.15  |
        | 31      | $0.29  |
