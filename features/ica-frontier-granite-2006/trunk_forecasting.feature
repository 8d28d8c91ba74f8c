@document:ica-frontier-granite-2006 @capability:trunk-forecasting
Feature: Trunk group resizing (Attachment 1, 3.4)
  A group under 75 percent of its CCS capacity on a monthly average for each month of any six-month
  period may be resized, leaving not less than 25 percent excess capacity. A group of 24 trunks
  carries 864 CCS; 75 percent is 648.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-07-01

  @clause:A1-3.4 @tp:ICA-TRK-001
  Scenario Outline: six months in a row under 75 percent
    Given a trunk group of 24 trunks with monthly average use of <months> CCS
    When the bill is rendered
    Then the decision "resize-allowed" on "group-1" is "<allowed>"

    Examples:
      | months                                  | allowed | why                              |
      | 600, 610, 620, 630, 640, 500            | yes     | six months under 648             |
      | 600, 610, 650, 600, 600, 600, 600       | no      | 650 breaks the run; four follow  |
      | 647, 647, 647, 647, 647, 647            | yes     | just under                       |
      | 648, 600, 600, 600, 600, 600            | no      | 648 is not under 75 percent      |
      | 600, 600, 600, 600, 600                 | no      | five months: one short of six    |

  @clause:A1-3.4 @tp:ICA-TRK-002 @interpretation:ica-resize-spare=over-usage
  Scenario: 25 percent over the peak
    Given a trunk group of 24 trunks with monthly average use of 600, 610, 620, 630, 640, 500 CCS
    When the bill is rendered
    Then the decision "minimum-trunks" on "group-1" is "23"

  @clause:A1-3.4 @tp:ICA-TRK-003 @interpretation:ica-resize-spare=over-usage
  Scenario Outline: 25 percent over the peak, to the trunk - <peak> CCS
    Given a trunk group of 24 trunks with monthly average use of <peak>, <peak>, <peak>, <peak>, <peak>, <peak> CCS
    When the bill is rendered
    Then the decision "minimum-trunks" on "group-1" is "<trunks>"

    Examples: "left with not less than 25 percent excess capacity", 36 CCS a trunk
      | peak | trunks | why                                                        |
      | 576  | 20     | 576 x 1.25 = 720 CCS, exactly 20 trunks: no 21st is needed |
      | 580  | 21     | 580 x 1.25 = 725 CCS, 20.14 trunks: 20 would leave 24%     |

  @clause:A1-3.4 @tp:ICA-TRK-004
  Scenario: an idle group is resized, not removed - it keeps one trunk
    "either Party may issue an order to resize the trunk group, which will be left with ..." - the
    group is left, so it keeps a trunk (a trunk group of the case has at least one).
    Given a trunk group of 24 trunks with monthly average use of 0, 0, 0, 0, 0, 0 CCS
    When the bill is rendered
    Then the decision "resize-allowed" on "group-1" is "yes"
    And the decision "minimum-trunks" on "group-1" is "1"
