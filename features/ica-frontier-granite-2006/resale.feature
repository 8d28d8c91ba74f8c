@document:ica-frontier-granite-2006 @capability:resale
Feature: Resale (Attachment 3, 3.4, 3.6, 3.9; Attachment 4, Resale)
  Basic Residential, Basic Business and Public Access Line service is discounted 11.5% from the
  published local tariff rate; nothing else is. The Subscriber Line Charge is paid without
  discount on every line; Carrier's own lines are billed at retail; the 3.6 list is not for resale.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-05-01

  @clause:A4-RES-2 @tp:ICA-RES-001
  Scenario Outline: the discount applies to three services only
    Given Carrier resells 10 <service> lines at a retail rate of <retail>
    When the bill is rendered
    Then the service charge of line "line-1" is <charge>

    Examples:
      | service           | retail | charge  | why                            |
      | basic-residential | $20.00 | $177.00 | 10 x 20.00 x 0.885             |
      | basic-business    | $30.00 | $265.50 | 10 x 30.00 x 0.885             |
      | public-access     | $15.00 | $132.75 | 10 x 13.275, rounded once      |
      | feature           | $5.00  | $50.00  | no discount on features        |
      | voice-mail        | $8.00  | $80.00  | voice mail is resalable, at retail |

  @clause:A3-3.4 @tp:ICA-RES-002
  Scenario: the Subscriber Line Charge without discount
    Given Carrier resells 10 basic-residential lines at a retail rate of $20.00 with a Subscriber Line Charge of $6.50
    When the bill is rendered
    Then the Subscriber Line Charge of line "line-1" is $65.00

  @clause:A3-3.9 @tp:ICA-RES-003
  Scenario: Carrier's own lines at retail
    Given Carrier uses 2 basic-business lines itself at a retail rate of $30.00
    When the bill is rendered
    Then the service charge of line "line-1" is $60.00

  @clause:A3-3.6 @tp:ICA-RES-004
  Scenario Outline: not available for resale
    Given Carrier resells 1 <service> lines at a retail rate of $10.00
    When the bill is rendered
    Then line "line-1" is rejected as not for resale

    Examples:
      | service     |
      | calling-card |
      | lifeline    |
      | enhanced    |
      | e911        |

  @clause:A3-3.6 @tp:ICA-RES-005
  Scenario Outline: promotions of less than 90 days are not for resale
    Given Carrier resells 1 promotion of <days> days at a retail rate of $10.00
    When the bill is rendered
    Then line "line-1" is <outcome>

    Examples:
      | days | outcome                     |
      | 89   | rejected as not for resale  |
      | 90   | billed $10.00               |
      | 91   | billed $10.00               |

  @clause:24.3.4 @clause:A4-RES-2 @tp:ICA-RES-006 @capability:late-payment @interpretation:ica-late-penalty-basis=simple-daily @interpretation:ica-penalty-days=after-due-date @pixit:legal-maximum-rate=none
  Scenario: the late portion of a bill whose amount is its resold lines
    The bill is its one line, 10 x $20.00 x 0.885 = $177.00, due Friday May 30 (thirty days is
    Saturday May 31). $200.00 paid thirty days late: only the $177.00 due was late,
    177 x 0.18 x 30 / 365 = 2.6186.
    Given Carrier resells 10 basic-residential lines at a retail rate of $20.00
    When Carrier pays $200.00 on 2025-06-29
    Then the due date is 2025-05-30
    And the late payment penalty is $2.62
