@document:access-catalog-3 @capability:late-payment @capability:credit-allowances @pixit:legal-maximum-rate=none
Feature: Late payment penalty on a bill that does not state its amount (2.4.1(C)(2), 2.4.4)
  A case need not state the bill's amount: the amount due is then what the bill itself charges, its
  lines less its credits (2.4.4: the credit allowance is credited on the bill). The late payment
  penalty falls on the part of that amount received after the payment date.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01
    And the billing period runs from 2025-03-01 to 2025-03-31
    And the checks below count from its payment date, 2025-05-01 (2.4.1(C)(1))

  Rule: 2.4.1(C)(2) - the penalty is on the amount the bill charges, its credits deducted

    @clause:2.4.1(C)(2) @clause:2.4.4(B)(1) @tp:AC3-LATE-007 @interpretation:late-factor-day-count=after-start @interpretation:late-factor-compounding=compound
    Scenario: a $9,300.00 service credited $12.92 - $9,300.00 paid a year late bears the penalty on the $9,287.08 due: $9,287.08 x ((1 + 0.000292)^365 - 1)
      Given a special access service "HC-1" of 2 × high_capacity.channel_termination.ds3 and 20 × high_capacity.channel_mileage_facility.ds3 and 2 × high_capacity.channel_mileage_termination.ds3
      When service "HC-1" is out of service for 46 minutes from 2025-03-10 09:00
      And the customer pays $9,300.00 on 2026-05-01
      Then the late payment penalty is $1,044.33
