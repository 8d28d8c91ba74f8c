@document:ica-frontier-granite-2006 @capability:payment-dates
Feature: Due dates under the ICA (General Terms 24.2)
  Bills are due thirty days after the bill date or by the next bill date, whichever is the shorter
  interval. A due date on a Saturday, Sunday or Legal Holiday moves to the last business day
  preceding - always back, where the Access Catalog moves a Sunday forward. A delayed bill is
  extended by the days of delay on request.

  Background:
    Given Carrier billed under the Frontier/Granite ICA

  Rule: 24.2 - thirty days or the next bill date, whichever is shorter

    @clause:24.2 @tp:ICA-DUE-001
    Scenario Outline: the shorter of thirty days and the next bill date
      Given a bill dated <bill date>
      When the bill is rendered
      Then the due date is <due date>

      Examples: thirty days, where the catalog's thirty-one would be a day later
        | bill date  | due date   | why                                               |
        | 2025-05-05 | 2025-06-04 | 30 days is June 4; the next bill date is June 5   |
        | 2025-04-01 | 2025-05-01 | both give May 1                                   |
        | 2025-02-10 | 2025-03-10 | the next bill date March 10 is before March 12    |

  Rule: 24.2 - a Saturday, Sunday or Legal Holiday moves the due date back

    @clause:24.2 @tp:ICA-DUE-010
    Scenario Outline: every shift is backward
      Given a bill dated <bill date>
      When the bill is rendered
      Then the due date is <due date>

      Examples:
        | bill date  | due date   | shift                                                         |
        | 2025-07-10 | 2025-08-08 | Saturday August 9 moves back to Friday                        |
        | 2025-01-10 | 2025-02-07 | Sunday February 9 moves back to Friday (the catalog: Monday)  |
        | 2025-04-26 | 2025-05-23 | Memorial Day, a Monday, moves back to Friday (catalog: Tuesday) |
        | 2025-06-04 | 2025-07-03 | Independence Day, a Friday, moves back to Thursday            |

    @clause:24.2 @tp:ICA-DUE-011 @interpretation:ica-legal-holiday=federal
    Scenario: Labor Day is a Legal Holiday on the federal calendar
      Given a bill dated 2025-08-02
      When the bill is rendered
      Then the due date is 2025-08-29

    @clause:24.2 @tp:ICA-DUE-012 @interpretation:ica-legal-holiday=catalog-list
    Scenario: Labor Day is not in the catalog's list of Legal Holidays
      Given a bill dated 2025-08-02
      When the bill is rendered
      Then the due date is 2025-09-01

  Rule: 24.2 - a delayed bill is extended by the days of delay, on request

    @clause:24.2 @tp:ICA-DUE-020 @interpretation:ica-delay-and-shift=extend-then-shift
    Scenario: ten days late, extended to a Saturday and moved back
      Given a bill dated 2025-03-03
      And Carrier received the bill on 2025-03-13 and asked for the extension
      When the bill is rendered
      Then the due date is 2025-04-11

    @clause:24.2 @tp:ICA-DUE-022 @interpretation:ica-delay-and-shift=shift-then-extend
    Scenario Outline: shifted first - due Saturday 2025-04-05, moved to Friday 2025-04-04, then extended <days> days
      Given a bill dated 2025-03-06
      And Carrier received the bill on <received> and asked for the extension
      When the bill is rendered
      Then the due date is <due date>

      Examples: an extended date on a weekend moves back again, never due on a Sunday
        | received   | days | due date   | why                                   |
        | 2025-03-07 | 1    | 2025-04-04 | Saturday the 5th: back to Friday      |
        | 2025-03-08 | 2    | 2025-04-04 | Sunday the 6th: back to Friday        |
        | 2025-03-09 | 3    | 2025-04-07 | Monday                                |

    @clause:24.2 @tp:ICA-DUE-023 @interpretation:ica-delay-and-shift=extend-then-shift
    Scenario Outline: extended first - due Saturday 2025-04-05, extended <days> days, then moved
      Given a bill dated 2025-03-06
      And Carrier received the bill on <received> and asked for the extension
      When the bill is rendered
      Then the due date is <due date>

      Examples:
        | received   | days | due date   | why                                |
        | 2025-03-08 | 2    | 2025-04-07 | Monday the 7th                     |
        | 2025-03-09 | 3    | 2025-04-08 | Tuesday the 8th                    |

    @clause:24.2 @tp:ICA-DUE-021
    Scenario: no extension without a request
      Given a bill dated 2025-03-03
      And Carrier received the bill on 2025-03-13 but did not ask for the extension
      When the bill is rendered
      Then the due date is 2025-04-02

    @clause:24.2 @tp:ICA-DUE-024
    Scenario Outline: a bill received on or before its date was not delayed - received <received>
      "When a bill has been delayed, the due date will be extended by the number of days the bill
      was delayed": a bill in hand by its date has no days of delay to add.
      Given a bill dated 2025-04-01
      And Carrier received the bill on <received> and asked for the extension
      When the bill is rendered
      Then the due date is 2025-05-01

      Examples: thirty days after April 1 is Thursday May 1
        | received   | why                      |
        | 2025-04-01 | on the bill date         |
        | 2025-03-31 | the day before its date  |
