@document:access-catalog-3
Feature: Laws over generated bills (2.4.1(C), 2.4.4, 13.1-13.2)
  Each scenario runs a property: hypothesis generates cases from the spec (dates from 2014 to 2030,
  month ends, the effective dates of Section 17, amounts from cents to millions) and the law must
  hold for every one. A counterexample is shrunk and reported with its case.

  Rule: 2.4.1(C)(1) - payment dates

    @capability:payment-dates @clause:2.4.1(C)(1) @clause:2.6_Legal_Holiday @tp:AC3-GEN-001
    Scenario: every payment date is a business day near the 31st day
      Then for all generated bill dates under Access Catalog No. 3 the payment date is a business day no later than the first business day after day 31

  Rule: 2.4.1(C)(2) - late payment penalties

    @capability:late-payment @capability:payment-dates @clause:2.4.1(C)(2) @tp:AC3-GEN-002
    Scenario: penalties agree with the reference
      Then for all generated payment cases under Access Catalog No. 3 the penalties agree with the reference

    @capability:late-payment @clause:2.4.1(C)(2) @tp:AC3-GEN-003
    Scenario: paying later never lowers the penalty
      Then for all generated payment cases under Access Catalog No. 3 paying later never lowers the late payment penalty

  Rule: 2.4.4 - credit allowances

    @capability:credit-allowances @clause:2.4.4(B)(1) @clause:2.4.4(B)(3) @clause:2.4.4(C)(7) @clause:2.4.4(E) @tp:AC3-GEN-004
    Scenario: credits agree with the reference
      Then for all generated interruption cases under Access Catalog No. 3 the credits agree with the reference

    @capability:credit-allowances @clause:2.4.4(B)(3) @tp:AC3-GEN-005
    Scenario: no service is credited more than its monthly rate
      Then for all generated interruption cases under Access Catalog No. 3 no service is credited more than its monthly rate

  Rule: 13.1 and 13.2 - additional engineering and labor

    @capability:labor @clause:13.1 @clause:13.2 @tp:AC3-GEN-006
    Scenario: labor charges agree with the reference
      Then for all generated labor cases under Access Catalog No. 3 the bill lines agree with the reference
