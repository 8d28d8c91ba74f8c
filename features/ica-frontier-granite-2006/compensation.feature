@document:ica-frontier-granite-2006 @capability:compensation
Feature: Compensation for exchanged traffic (Attachment 1, 4-5; Attachment 4, 1.1-1.4)
  ISP-Bound, Local and locally dialed Enhanced Services traffic is bill and keep: nothing is billed
  for it, at any rate. All other traffic is billed at Frontier's tariffed access. Transit is
  $0.0061854 per MOU, for traffic Carrier originates to any third party or that a third-party ILEC
  terminates to Carrier. Traffic without CPN/ANI is billed at intrastate terminating access.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-05-01
    And Frontier's intrastate terminating access rate is $0.0200000 per minute

  Rule: A1 4.1-4.3, A4 1.1 - bill and keep

    @clause:A1-4.1 @clause:A1-4.2 @clause:A1-4.3 @clause:A4-1.1 @tp:ICA-COMP-001 @negative
    Scenario Outline: no charge for bill-and-keep traffic
      Given Carrier delivers 10,000 minutes of <kind> traffic to Frontier
      When the bill is rendered
      Then traffic "traffic-1" is not billed

      Examples:
        | kind           |
        | local          |
        | isp-bound      |
        | enhanced-local |

  Rule: 2.18 - Local Traffic is physically local, whatever the NXX

    @clause:2.18 @clause:A1-4.5 @tp:ICA-COMP-005
    Scenario Outline: dialed as local between different local calling areas
      Given Carrier delivers 1,000 minutes dialed as local to Frontier between End Users in different local calling areas, <channel>
      When the bill is rendered
      Then the charge for traffic "traffic-1" is <charge>

      @negative
      Examples: none due
        | channel                   | charge | why                                                     |
        | over a dedicated channel  | $0.00  | FX over a dedicated channel is Local on its NXX         |

      Examples:
        | channel                   | charge | why                                                     |
        | with no dedicated channel | $20.00 | VNXX: not Local Traffic, so all other traffic at access |

  Rule: A1 4.5 - all other traffic at tariffed access

    @clause:A1-4.5 @clause:A1-4.4 @tp:ICA-COMP-010
    Scenario Outline: access, whatever the protocol
      Given Carrier delivers 1,000 minutes of <kind> traffic to Frontier
      When the bill is rendered
      Then the charge for traffic "traffic-1" is <charge>

      @negative
      Examples: none due
        | kind          | charge | why                                                   |
        | 911           | $0.00  | 911 is excluded from access, and no rate is given      |

      Examples:
        | kind          | charge | why                                                   |
        | access        | $20.00 | 1,000 x $0.02                                          |
        | enhanced-toll | $20.00 | Enhanced Services not dialed as a local call           |

  Rule: A1 5.1, A4 1.2 - transit

    @clause:A1-5.1 @clause:A4-1.2 @clause:A1-4.4 @tp:ICA-COMP-020 @interpretation:ica-transit-third-party=ilec-only @interpretation:ica-usage-rounding=line-to-penny
    Scenario Outline: the directions Carrier pays for
      Given <direction> <minutes> minutes of transit traffic
      When the bill is rendered
      Then the charge for traffic "traffic-1" is <charge>

      @negative
      Examples: none due
        | direction                            | minutes | charge | why                              |
        | a third-party CLEC sends Carrier     | 10,000  | $0.00  | not from an ILEC                 |
        | a third-party CMRS provider sends Carrier | 10,000 | $0.00 | not from an ILEC              |

      Examples:
        | direction                            | minutes | charge | why                              |
        | Carrier sends a third-party CLEC     | 10,000  | $61.85 | originated by Carrier, any party |
        | a third-party ILEC sends Carrier     | 10,000  | $61.85 | terminated from an ILEC          |
        | Carrier sends a third-party ILEC     | 12,345  | $76.36 | 76.358763 rounded to the penny   |

  Rule: A4 1.3 - wireline to wireless

    @clause:A4-1.3 @tp:ICA-COMP-030 @interpretation:ica-wireless-direction=terminating-party-bills
    Scenario: $0.011 per minute Frontier terminates
      Given Carrier delivers 1,000 minutes of wireline-wireless traffic to Frontier
      When the bill is rendered
      Then the charge for traffic "traffic-1" is $11.00

  Rule: A4 1.4 - traffic without CPN/ANI

    @clause:A4-1.4 @tp:ICA-COMP-040 @interpretation:ica-cpn-threshold=every-minute
    Scenario Outline: minutes without CPN at intrastate terminating access
      Given Carrier delivers 10,000 minutes of local traffic to Frontier, <without> of them without CPN
      When the bill is rendered
      Then the charge for traffic "traffic-1" is <charge>

      @negative
      Examples: none due
        | without | charge | why                                   |
        | 0       | $0.00  | all with CPN: bill and keep           |

      Examples:
        | without | charge | why                                   |
        | 200     | $4.00  | 98% with CPN, still billed            |
        | 600     | $12.00 | 94% with CPN                          |

    @clause:A4-1.4 @tp:ICA-COMP-041 @interpretation:ica-cpn-threshold=below-threshold
    Scenario Outline: only below 95% under the threshold reading
      Given Carrier delivers 10,000 minutes of local traffic to Frontier, <without> of them without CPN
      When the bill is rendered
      Then the charge for traffic "traffic-1" is <charge>

      Examples:
        | without | charge |
        | 200     | $0.00  |
        | 500     | $0.00  |
        | 501     | $10.02 |

    @clause:A4-1.4 @tp:ICA-COMP-042 @interpretation:ica-cpn-threshold=below-threshold
    Scenario: 18 of 19 minutes with CPN is under 95 percent
      "at least ninety-five percent (95%)": 18 / 19 = 94.74%, so the minute without CPN is billed at
      intrastate terminating access, 1 x $0.02; the 18 local minutes are bill and keep.
      Given Carrier delivers 19 minutes of local traffic to Frontier, 1 of them without CPN
      When the bill is rendered
      Then the charge for traffic "traffic-1" is $0.02
