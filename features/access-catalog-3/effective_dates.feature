@document:access-catalog-3
Feature: Each page is in force from its effective date (1.1 and the revised pages of Section 17)
  The catalog's Original pages took effect on July 2, 2013 (Transmittal 13-01A); each revised page
  of Section 17 from the date printed in its header. A charge on the page's effective date bears the
  page's rate; a day earlier that page is not in force, and no earlier revision is in the sources,
  so the charge cannot bear it (a system may decline the case, which those checks accept).

  Background:
    Given an access customer billed under Access Catalog No. 3

  Rule: 1.1 - no catalog before its Original pages took effect

    @clause:1.1 @tp:AC3-EFF-001 @capability:effective-dating
    Scenario: a bill dated the day before July 2, 2013 is not billed under this catalog
      Given a bill dated 2013-07-01
      Then the case is declined: no catalog was in force on its bill date

    @clause:1.1 @clause:2.4.1(C)(1) @tp:AC3-EFF-002 @capability:effective-dating
    Scenario: a bill dated July 2, 2013 is, and is due 31 days later
      Given a bill dated 2013-07-02
      When the bill is rendered
      Then the payment date is 2013-08-02

  Rule: Section 17 - a revised page's rate from its effective date, not a day before

    @clause:17.4.2(A)(1) @clause:17.4.2(A)(4) @clause:17.4.2(C)(2) @tp:AC3-EFF-010 @capability:local-transport
    Scenario Outline: a month of a flat-rated element billed from its page's effective date
      Given a bill dated <effective>
      And the billing period runs from <effective> to <end>
      And a <kind> service "S-1" of 1 × <element>
      When the bill is rendered
      Then the charge for "<element>" at "S-1" is <rate>

      Examples:
        | page   | effective  | end        | kind                | element                               | rate    |
        | 17-3   | 2017-01-01 | 2017-01-31 | flat-rated switched | entrance_facility.ds1                 | $51.42  |
        | 17-5   | 2017-01-01 | 2017-01-31 | flat-rated switched | multiplexing.ds3_to_ds1               | $226.25 |
        | 17-5.1 | 2018-08-18 | 2018-09-17 | flat-rated switched | stp_port                              | $900.00 |

    @clause:17.4.2(A)(1) @clause:17.4.2(A)(4) @clause:17.4.2(C)(2) @tp:AC3-EFF-011 @capability:local-transport @negative
    Scenario Outline: the day before, the page is not in force
      Given a bill dated <before>
      And the billing period runs from <before> to <end>
      And a <kind> service "S-1" of 1 × <element>
      Then the charge for "<element>" at "S-1" is not <rate>

      Examples:
        | page   | before     | end        | kind                | element                               | rate    |
        | 17-3   | 2016-12-31 | 2017-01-30 | flat-rated switched | entrance_facility.ds1                 | $51.42  |
        | 17-5   | 2016-12-31 | 2017-01-30 | flat-rated switched | multiplexing.ds3_to_ds1               | $226.25 |
        | 17-5.1 | 2018-08-17 | 2018-09-16 | flat-rated switched | stp_port                              | $900.00 |

    @clause:17.4.2(A)(3) @clause:6.11.1 @tp:AC3-EFF-012 @capability:local-transport
    Scenario Outline: a Dedicated Trunk Port at the access tandem bears 6th Revised Page 17-4 from July 3, 2018
      Given a bill dated <date>
      And a Dedicated Trunk Port "P-1" terminating 2 DS0 channels at the access tandem
      Then the charge for "dedicated_trunk_port" at "P-1" <outcome>

      @negative
      Examples: the day before, the new rate is not charged
        | date       | outcome       |
        | 2018-07-02 | is not $33.54 |

      Examples:
        | date       | outcome       |
        | 2018-07-03 | is $33.54     |

    @clause:17.4.3(A)(1) @tp:AC3-EFF-013 @capability:switched-usage
    Scenario Outline: Local Switching bears 6th Revised Page 17-6 from July 1, 2017
      Given a bill dated <date>
      And end office "EO-1" reports a projected intrastate percentage of 100%
      And 1,000 originating FGD access minutes at end office "EO-1" routed directly
      Then the charge for "local_switching_2.originating" at "EO-1" <outcome>

      @negative
      Examples: the day before, the new rate is not charged
        | date       | outcome       |
        | 2017-06-30 | is not $20.97 |

      Examples:
        | date       | outcome       |
        | 2017-07-01 | is $20.97     |

    @clause:17.3(A) @clause:5.4.1 @tp:AC3-EFF-014 @capability:order-charges
    Scenario Outline: the Access Order Charge bears 2nd Revised Page 17-1 from January 1, 2017
      Given a bill dated 2017-02-01
      And a new order "O-1" for switched access on <date>
      Then the charge for "access_order.switched" at "O-1" <outcome>

      @negative
      Examples: the day before, the new rate is not charged
        | date       | outcome       |
        | 2016-12-31 | is not $37.50 |

      Examples:
        | date       | outcome       |
        | 2017-01-01 | is $37.50     |

    @clause:17.5.4 @tp:AC3-EFF-015 @capability:special-access
    Scenario Outline: a Voice Grade channel termination bears 1st Revised Page 17-12 from January 1, 2017
      Given a bill dated <date>
      And the billing period runs from <date> to <end>
      And a special access service "S-1" of 1 × voice_grade.channel_termination.2w
      Then the charge for "voice_grade.channel_termination.2w" at "S-1" <outcome>

      @negative
      Examples: the day before, the new rate is not charged
        | date       | end        | outcome       |
        | 2016-12-31 | 2017-01-30 | is not $45.00 |

      Examples:
        | date       | end        | outcome       |
        | 2017-01-01 | 2017-01-31 | is $45.00     |

    @clause:17.4.3(C) @clause:6.11.1 @tp:AC3-EFF-016 @capability:local-transport @interpretation:dedicated-trunk-port-rate-sets=by-location
    Scenario Outline: an End Office Dedicated Trunk Port bears 1st Revised Page 17-6.1 from July 1, 2016
      Given a bill dated <date>
      And a Dedicated Trunk Port "P-1" terminating 2 DS0 channels at the end office
      Then the charge for "end_office_dedicated_trunk_port" at "P-1" <outcome>

      @negative
      Examples: the day before, the new rate is not charged
        | date       | outcome      |
        | 2016-06-30 | is not $2.48 |

      Examples:
        | date       | outcome      |
        | 2016-07-01 | is $2.48     |
