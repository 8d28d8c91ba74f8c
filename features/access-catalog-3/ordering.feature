@document:access-catalog-3 @capability:access-ordering
Feature: Access ordering - service dates, expedites and Additional Engineering estimates (5.1.1, 5.1.2, 5.2.5, 15.1.1(E))
  The Telephone Company does not accept an order for a service date more than six months past the
  applicable one; Direct Trunked Transport ordered where no bona fide request had been received is
  provided within 90 days of the order. An expedite is billed at actual cost, never more than ten
  percent over its estimate, with a Service Date Change Charge when asked after the order was
  issued. Additional Engineering the customer declines costs nothing; once ordered it costs at most
  its estimate plus ten percent.

  Background:
    Given an access customer billed under Access Catalog No. 3
    And a bill dated 2025-04-01

  Rule: 5.1.1 - no order for a service date more than six months beyond the applicable service date

    @clause:5.1.1 @tp:AC3-ORD-101
    Scenario Outline: six months to the day is accepted, a day more is not
      Given a new order "O-1" for switched access on 2025-03-10
      And the customer asks for service on <requested>, the applicable service date being 2025-03-10
      When the bill is rendered
      Then the decision "order-accepted" on "O-1" is "<accepted>"

      Examples:
        | requested  | accepted | why                                 |
        | 2025-09-10 | yes      | exactly six months after            |
        | 2025-09-11 | no       | more than six months after          |
        | 2025-03-20 | yes      | ten days after                      |

    @clause:5.1.1 @tp:AC3-ORD-102
    Scenario: Direct Trunked Transport where no bona fide request had been received, within 90 days of the order
      Given a new order "O-1" for switched access on 2025-03-10
      And it orders Direct Trunked Transport where no bona fide request for it had been received
      When the bill is rendered
      Then the decision "direct-trunked-by" on "O-1" is "2025-06-08"

  Rule: 5.1.2 - an expedite at actual cost, not to exceed ten percent over the estimate

    @clause:5.1.2 @tp:AC3-ORD-103
    Scenario Outline: an expedite estimated at $1,000.00
      Given a new order "O-1" for switched access on 2025-03-10
      And the customer asks for an earlier service date, estimated at $1,000.00, that costs <cost>
      When the bill is rendered
      Then the expedite charge is <charge>
      And the service date change charge is $0.00

      Examples:
        | cost      | charge    | why                                 |
        | $1,050.00 | $1,050.00 | under the ceiling: the actual cost  |
        | $1,100.00 | $1,100.00 | exactly ten percent over            |
        | $1,100.01 | $1,100.00 | a cent more is not billed           |
        | $1,400.00 | $1,100.00 | the estimate plus ten percent       |

    @clause:5.1.2 @tp:AC3-ORD-104
    Scenario Outline: an expedite asked after the Access Order was issued also bears a Service Date Change Charge
      Given a new order "O-1" for <class> access on 2025-03-10
      And the customer asks for an earlier service date, estimated at $500.00, that costs $400.00
      And the expedite is asked after the Access Order was issued
      When the bill is rendered
      Then the expedite charge is $400.00
      And the service date change charge is <change>

      Examples: 17.3(C), per occurrence
        | class    | change |
        | switched | $25.00 |
        | special  | $50.00 |

  Rule: 5.2.5 - Additional Engineering: nothing if declined, at most the estimate plus ten percent once ordered

    @clause:5.2.5 @clause:13.1 @tp:AC3-ORD-105
    Scenario Outline: four half hours of engineering at Basic Time ($144.80) against an estimate
      When 1 engineer works 120 minutes of additional engineering at basic time on 2025-03-10
      And the Additional Engineering was estimated at <estimate>
      Then the additional engineering charge is <charge>

      Examples:
        | estimate | charge  | why                                    |
        | $120.00  | $132.00 | $144.80 exceeds $120.00 plus 10%       |
        | $131.63  | $144.79 | $131.63 plus 10% is $144.793           |
        | $131.64  | $144.80 | $131.64 plus 10% is $144.804           |
        | $140.00  | $144.80 | within the estimate plus 10%           |

    @clause:5.2.5 @tp:AC3-ORD-106 @negative
    Scenario: the customer declines the Additional Engineering: the order is withdrawn and no charges apply
      When 1 engineer works 120 minutes of additional engineering at basic time on 2025-03-10
      And the Additional Engineering was estimated at $150.00
      And the customer declined the Additional Engineering after being notified
      Then the additional engineering charge is $0.00

  Rule: 15.1.1(E) - a nonchargeable Local Transport optional feature added after installation bears an Access Order Charge

    @clause:15.1.1(E) @clause:5.4.1 @tp:AC3-ORD-107 @capability:order-charges
    Scenario: Customer Specified Entry Switch Receive Level added to a Switched Access service in service
      When an addition order "O-2" for switched access on 2025-03-10
      And it is ordered after the initial installation of the service
      Then the access order charge is $37.50
