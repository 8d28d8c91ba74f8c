@document:access-catalog-3 @capability:payment-dates
Feature: Payment dates (2.4.1(C)(1), with the Legal Holidays of 2.6)
  A bill is due 31 days after the bill day or by the next bill date, whichever is the shorter
  interval. A payment date on a Sunday, or on a Legal Holiday observed on a Monday, moves to the
  first non-Holiday day following; one on a Saturday, or on a Legal Holiday observed Tuesday to
  Friday, moves to the last non-Holiday day preceding.

  Background:
    Given an access customer billed under Access Catalog No. 3

  Rule: 2.4.1(C)(1) - due 31 days after the bill day or by the next bill date, whichever is shorter

    @clause:2.4.1(C)(1) @clause:2.4.1(B) @tp:AC3-PAY-001
    Scenario Outline: the shorter of 31 days and the next bill date
      Given a bill dated <bill date>
      When the bill is rendered
      Then the payment date is <payment date>

      Examples: a 30-day month makes the next bill date shorter; February makes it much shorter
        | bill date  | payment date | why                                                 |
        | 2025-04-01 | 2025-05-01   | next bill date May 1 is before May 2                |
        | 2025-02-10 | 2025-03-10   | next bill date March 10 is before March 13          |
        | 2025-03-03 | 2025-04-03   | both give April 3                                   |
        | 2025-01-01 | 2025-01-31   | both give Saturday February 1, moved back to Friday |

    @clause:2.4.1(C)(1) @tp:AC3-PAY-002 @interpretation:next-bill-date-short-month=last-day-of-month
    Scenario Outline: bill days 29 to 31 take the last day of a shorter next month
      Given a bill dated <bill date>
      When the bill is rendered
      Then the payment date is <payment date>

      Examples:
        | bill date  | payment date |
        | 2025-01-31 | 2025-02-28   |
        | 2025-01-29 | 2025-02-28   |
        | 2024-01-30 | 2024-02-29   |

    @clause:2.4.1(C)(1) @tp:AC3-PAY-003 @interpretation:next-bill-date-short-month=overflow
    Scenario: under the overflow reading a January 30 bill is next billed in March
      Given a bill dated 2025-01-30
      When the bill is rendered
      Then the payment date is 2025-03-03

  Rule: 2.4.1(C)(1) - Saturdays, Sundays and Legal Holidays move the payment date

    @clause:2.4.1(C)(1) @clause:2.6_Legal_Holiday @tp:AC3-PAY-010
    Scenario Outline: each kind of shift
      Given a bill dated <bill date>
      When the bill is rendered
      Then the payment date is <payment date>

      Examples:
        | bill date  | payment date | shift                                                          |
        | 2025-07-10 | 2025-08-11   | Sunday August 10 moves forward to Monday                       |
        | 2025-04-26 | 2025-05-27   | Memorial Day, a Monday holiday, moves forward to Tuesday       |
        | 2025-04-25 | 2025-05-27   | Sunday before Memorial Day moves forward past the holiday      |
        | 2025-06-04 | 2025-07-03   | Independence Day, a Friday holiday, moves back to Thursday     |
        | 2025-06-05 | 2025-07-03   | Saturday after a Friday holiday moves back to Thursday         |
        | 2025-10-27 | 2025-11-26   | Thanksgiving Day, Thursday, moves back to Wednesday            |
        | 2024-11-25 | 2024-12-24   | Christmas Day, Wednesday, moves back to Tuesday                |
        | 2025-12-01 | 2025-12-31   | New Year's Day, Thursday, moves back into the old year         |
        | 2025-01-17 | 2025-02-18   | Washington's Birthday, Monday, moves forward                   |
        | 2025-09-13 | 2025-10-14   | Columbus Day, Monday, moves forward                            |

    @clause:2.4.1(C)(1) @clause:2.6_Legal_Holiday @tp:AC3-PAY-011 @interpretation:legal-holiday-labor-day=as-printed
    Scenario: Labor Day is not a Legal Holiday as printed
      Given a bill dated 2025-08-01
      When the bill is rendered
      Then the payment date is 2025-09-01

    @clause:2.4.1(C)(1) @clause:2.6_Legal_Holiday @tp:AC3-PAY-012 @interpretation:legal-holiday-labor-day=with-labor-day
    Scenario: read with Labor Day, a payment date on Labor Day moves forward
      Given a bill dated 2025-08-01
      When the bill is rendered
      Then the payment date is 2025-09-02

    @clause:2.4.1(C)(1) @clause:2.6_Legal_Holiday @tp:AC3-PAY-013 @interpretation:legal-holiday-weekend=observed-weekday
    Scenario Outline: a holiday on a weekend is observed on the adjacent weekday
      Given a bill dated <bill date>
      When the bill is rendered
      Then the payment date is <payment date>

      Examples:
        | bill date  | payment date | shift                                                            |
        | 2027-11-24 | 2027-12-23   | Christmas 2027 is a Saturday, observed Friday December 24        |
        | 2027-06-05 | 2027-07-06   | Independence Day 2027 is a Sunday, observed Monday July 5        |

    @clause:2.4.1(C)(1) @clause:2.6_Legal_Holiday @tp:AC3-PAY-014 @interpretation:legal-holiday-weekend=as-dated
    Scenario: read as dated, the Friday before a Saturday Christmas is an ordinary day
      Given a bill dated 2027-11-24
      When the bill is rendered
      Then the payment date is 2027-12-24

  Rule: 2.4.1(C)(1) - a delayed bill extends the payment date on request with proof

    @clause:2.4.1(C)(1) @tp:AC3-PAY-020 @interpretation:delayed-bill-extension=before-shift
    Scenario Outline: a bill received less than 20 days before the 31-day due date
      Given a bill dated 2025-03-03
      And the customer received the bill on <received> and asked for an extension with proof of late receipt
      When the bill is rendered
      Then the payment date is <payment date>

      Examples: the 31-day due date is 2025-04-03, so a bill received after 2025-03-14 is delayed
        | received   | payment date | why                                         |
        | 2025-03-04 | 2025-04-03   | received the day after the bill: on time    |
        | 2025-03-13 | 2025-04-03   | 21 days before: on time, never earlier      |
        | 2025-03-14 | 2025-04-03   | exactly 20 days before: not delayed         |
        | 2025-03-15 | 2025-04-04   | one day late                                |
        | 2025-03-17 | 2025-04-07   | three days late: Sunday April 6 moves on    |

    @clause:2.4.1(C)(1) @tp:AC3-PAY-021
    Scenario: without a request the due date is not extended
      Given a bill dated 2025-03-03
      And the customer received the bill on 2025-03-17 but did not ask for an extension
      When the bill is rendered
      Then the payment date is 2025-04-03

    @clause:2.4.1(C)(1) @tp:AC3-PAY-022
    Scenario Outline: a request without proof of late receipt does not extend the due date
      Given a bill dated 2025-03-03
      And the customer received the bill on <received> and asked for an extension without proof of late receipt
      When the bill is rendered
      Then the payment date is 2025-04-03

      Examples: "upon request and with proof of late receipt": the request alone extends nothing
        | received   | why                              |
        | 2025-03-15 | one day late                     |
        | 2025-03-17 | three days late                  |
