@document:access-catalog-3 @capability:customer-records
Feature: Requests for the customer's records - how often, how soon, how far back (2.3.11(D), 2.3.13(F)(1), 2.3.13(F)(4), 3.6.3)
  The Telephone Company may ask for the data behind a disputed projected interstate percentage no
  more than once a year (answer within thirty days), for PVU verification data no more than twice in
  any year (answer within fifteen days), and audit a PVU factor no more than twice per year, an
  independent audit the customer asks for at the customer's expense. Copies of resold MTS billing
  relate back no more than twelve months before the current billing period.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-07-01

  Rule: 2.3.11(D) - once a year; the data within thirty days

    @clause:2.3.11(D) @tp:AC3-REQ-001 @interpretation:request-year=rolling
    Scenario Outline: a request a year after the last one
      Given request "R-1" for the data behind a disputed interstate percentage on <day>
      And requests of the same kind were made on 2024-06-01
      When the bill is rendered
      Then the decision "request-allowed" on "R-1" is "<allowed>"

      Examples:
        | day        | allowed | why                                   |
        | 2025-05-31 | no      | the first was less than a year before |
        | 2025-06-01 | yes     | a year to the day                     |

    @clause:2.3.11(D) @tp:AC3-REQ-002
    Scenario: the customer answers within thirty days
      Given request "R-1" for the data behind a disputed interstate percentage on 2025-06-01
      When the bill is rendered
      Then the decision "reply-due" on "R-1" is "2025-07-01"

    @clause:2.3.11(D) @tp:AC3-REQ-003 @interpretation:request-year=calendar
    Scenario: read as a calendar year, a request in January follows one in December
      Given request "R-1" for the data behind a disputed interstate percentage on 2025-01-05
      And requests of the same kind were made on 2024-12-20
      When the bill is rendered
      Then the decision "request-allowed" on "R-1" is "yes"

  Rule: 2.3.13(F)(1) and (4) - PVU data twice in any year, within fifteen days; audits twice per year

    @clause:2.3.13(F)(1) @tp:AC3-REQ-010 @interpretation:request-year=rolling
    Scenario Outline: a third request within twelve months is refused
      Given request "R-3" for PVU verification data on 2025-06-15
      And requests of the same kind were made on <earlier>
      When the bill is rendered
      Then the decision "request-allowed" on "R-3" is "<allowed>"

      Examples:
        | earlier                   | allowed |
        | 2024-09-01 and 2025-02-01 | no      |
        | 2024-06-15 and 2025-02-01 | yes     |
        | 2025-02-01 and 2025-06-15 | no      |

    @clause:2.3.13(F)(1) @tp:AC3-REQ-011
    Scenario: the verification data is due fifteen days after the request
      Given request "R-1" for PVU verification data on 2025-06-20
      When the bill is rendered
      Then the decision "reply-due" on "R-1" is "2025-07-05"

    @clause:2.3.13(F)(4) @tp:AC3-REQ-012 @interpretation:request-year=rolling
    Scenario: a second audit in the year, by an independent auditor the customer asked for, at the customer's expense
      Given request "R-2" for a PVU audit on 2025-06-20
      And requests of the same kind were made on 2025-01-10
      And the customer asked for an independent auditor
      When the bill is rendered
      Then the decision "request-allowed" on "R-2" is "yes"
      And the decision "audit-expense-paid-by" on "R-2" is "customer"

  Rule: 3.6.3 - copies of resold billing reach back twelve months before the current billing period

    @clause:3.6.3 @tp:AC3-REQ-020
    Scenario Outline: the bill of July 1, 2025 opens the billing period July 1 to July 31
      Given a request "R-1" for certified copies of resold MTS billing from <start> on 2025-07-02
      When the bill is rendered
      Then the decision "request-allowed" on "R-1" is "<allowed>"

      Examples:
        | start      | allowed |
        | 2024-07-01 | yes     |
        | 2024-06-30 | no      |
