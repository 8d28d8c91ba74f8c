@document:ica-frontier-granite-2006
Feature: Late payment penalties and disputes under the ICA (24.3.1-24.3.4)
  A payment received after the due date, or in funds not immediately available, bears a penalty
  of 1.5% per month or 18% annually, or the legal maximum, whichever is less. A disputed amount
  withheld bears it only if the dispute is resolved for the Billing Party - and then from the
  due date, with no grace period. A dispute is noticed within thirty days of receiving the invoice.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-04-01
    And the bill is for $1,000.00

  Rule: 24.3.4 - the penalty runs from the due date

    @clause:24.3.4 @tp:ICA-LATE-001 @capability:late-payment @interpretation:ica-late-penalty-basis=simple-daily @interpretation:ica-penalty-days=after-due-date @pixit:legal-maximum-rate=none
    Scenario Outline: 18% a year, simple, by the day
      When Carrier pays <amount> on <paid>
      Then the due date is 2025-05-01
      And the late payment penalty is <penalty>

      Examples:
        | amount    | paid       | penalty | why                                        |
        | $1,000.00 | 2025-04-30 | $0.00   | paid the day before the due date           |
        | $1,000.00 | 2025-05-01 | $0.00   | paid on the due date                       |
        | $1,000.00 | 2025-05-02 | $0.49   | one day: 1000 x 0.18 / 365 = 0.4932        |
        | $1,000.00 | 2025-05-31 | $14.79  | thirty days: 14.7945                       |

    @clause:24.3.4 @tp:ICA-LATE-002 @capability:late-payment @interpretation:ica-late-penalty-basis=started-months @interpretation:ica-penalty-days=after-due-date @pixit:legal-maximum-rate=none
    Scenario: 1.5% for a month or part of one
      When Carrier pays $1,000.00 on 2025-05-31
      Then the late payment penalty is $15.00

    @clause:24.3.4 @tp:ICA-LATE-003 @capability:late-payment @interpretation:ica-late-penalty-basis=compounded-daily @interpretation:ica-penalty-days=after-due-date @pixit:legal-maximum-rate=none
    Scenario: under the compounding reading
      When Carrier pays $1,000.00 on 2025-05-31
      Then the late payment penalty is $14.90

    @clause:24.3.4 @tp:ICA-LATE-004 @capability:late-payment @interpretation:ica-late-penalty-basis=simple-daily @interpretation:ica-penalty-days=after-due-date @pixit:legal-maximum-rate=none
    Scenario: funds not immediately available are late until they are
      When Carrier pays $1,000.00 on 2025-05-01 in funds that become available on 2025-05-06
      Then the late payment penalty is $2.47

    @clause:24.3.4 @tp:ICA-LATE-005 @capability:late-payment @interpretation:ica-late-penalty-basis=simple-daily @interpretation:ica-penalty-days=after-due-date @pixit:legal-maximum-rate=none
    Scenario: only the late portion bears the penalty
      When Carrier pays $600.00 on 2025-05-01
      And Carrier pays $400.00 on 2025-05-16
      Then the late payment penalty is $2.96

  Rule: 24.3.2 and 24.3.3 - a withheld amount bears the penalty only if the Billing Party wins

    @clause:24.3.3 @clause:24.3.4 @tp:ICA-DISP-001 @capability:disputes @interpretation:ica-late-penalty-basis=simple-daily @interpretation:ica-penalty-days=after-due-date @pixit:legal-maximum-rate=none
    Scenario: resolved for the Billing Party, from the due date with no grace
      Given Carrier disputes $300.00 on 2025-04-20 and withholds it
      When Carrier pays $700.00 on 2025-05-01
      And the dispute is resolved for the Billing Party and Carrier pays the withheld amount on 2025-06-30
      Then the penalty on the withheld amount is $8.88
      And the late payment penalty is $0.00

    @clause:24.3.2 @tp:ICA-DISP-002 @capability:disputes @negative
    Scenario: resolved for the Billed Party, no penalty
      Given Carrier disputes $300.00 on 2025-04-20 and withholds it
      When Carrier pays $700.00 on 2025-05-01
      And the dispute is resolved for the Billed Party
      Then no penalty is due on the withheld amount
      And the late payment penalty is $0.00

    @clause:24.3.3 @clause:24.3.4 @tp:ICA-DISP-003 @capability:disputes
    Scenario Outline: resolved for the Billing Party, the withheld amount paid by the due date - on <paid>
      The penalty is due on a payment "not received by the bill due date": a withheld amount paid
      by the due date of May 1 is not late - no penalty, however its days are counted or priced.
      Given Carrier disputes $300.00 on 2025-04-20 and withholds it
      When Carrier pays $700.00 on 2025-05-01
      And the dispute is resolved for the Billing Party and Carrier pays the withheld amount on <paid>
      Then the due date is 2025-05-01
      And the penalty on the withheld amount is $0.00
      And the late payment penalty is $0.00

      Examples:
        | paid       | why                      |
        | 2025-05-01 | on the due date          |
        | 2025-04-25 | six days before it       |

  Rule: 24.3.1 - notice within thirty days of receipt of the invoice

    @clause:24.3.1 @tp:ICA-DISP-010 @capability:disputes
    Scenario Outline: the thirtieth day is the last
      Given Carrier received the bill on 2025-04-03 but did not ask for the extension
      And Carrier disputes $300.00 on <filed> and withholds it
      When the bill is rendered
      Then the decision "dispute-notice-timely" on "dispute-1" is "<timely>"

      Examples:
        | filed      | timely |
        | 2025-05-02 | yes    |
        | 2025-05-03 | yes    |
        | 2025-05-04 | no     |
