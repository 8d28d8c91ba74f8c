@document:ica-frontier-granite-2006 @capability:transfers
Feature: Coordinated transfer of service hours (General Terms 6.3)
  No premium charge applies to coordinated transfer of service activities between 8:00 a.m. and
  5:00 p.m., Monday to Friday, excluding holidays. Activities scheduled outside those hours may be
  charged under Frontier's tariff, whose rates are not among the sources: the check is whether a
  premium may be charged at all. July 3, 2025 is a Thursday; July 4 a holiday; July 5 a Saturday.

  Background:
    Given Carrier billed under the Frontier/Granite ICA
    And a bill dated 2025-08-01

  Rule: 6.3 - no premium in business hours

    @clause:6.3 @tp:ICA-CTS-001 @interpretation:ica-legal-holiday=federal @interpretation:ica-transfer-straddle=any-part-outside
    Scenario Outline: may Frontier charge a premium?
      Given a coordinated transfer scheduled from <start> to <end>
      When the bill is rendered
      Then the decision "premium-chargeable" on "transfer-1" is "<premium>"

      Examples:
        | start            | end              | premium | why                                 |
        | 2025-07-03 08:00 | 2025-07-03 17:00 | no      | the whole window of a Thursday      |
        | 2025-07-03 07:30 | 2025-07-03 09:00 | yes     | starts before 8:00 a.m.             |
        | 2025-07-03 09:00 | 2025-07-03 10:00 | no      | within the hours                    |
        | 2025-07-03 17:00 | 2025-07-03 18:00 | yes     | starts at 5:00 p.m.                 |
        | 2025-07-04 10:00 | 2025-07-04 11:00 | yes     | Independence Day                    |
        | 2025-07-05 10:00 | 2025-07-05 11:00 | yes     | a Saturday                          |

    @clause:6.3 @tp:ICA-CTS-002 @interpretation:ica-transfer-straddle=any-part-outside
    Scenario: a transfer that runs past 5:00 p.m. is not wholly within the hours
      Given a coordinated transfer scheduled from 2025-07-03 16:00 to 2025-07-03 18:00
      When the bill is rendered
      Then the decision "premium-chargeable" on "transfer-1" is "yes"

    @clause:6.3 @tp:ICA-CTS-003 @interpretation:ica-transfer-straddle=start-outside
    Scenario: under the start-outside reading it is not chargeable
      Given a coordinated transfer scheduled from 2025-07-03 16:00 to 2025-07-03 18:00
      When the bill is rendered
      Then the decision "premium-chargeable" on "transfer-1" is "no"

    @clause:6.3 @tp:ICA-CTS-004 @interpretation:ica-transfer-straddle=start-outside
    Scenario: under the start-outside reading, a transfer starting at 5:00 p.m. starts outside the hours
      "between the hours of 8:00 a.m. and 5:00 p.m.": at 5:00 p.m. the hours have ended.
      Given a coordinated transfer scheduled from 2025-07-03 17:00 to 2025-07-03 18:00
      When the bill is rendered
      Then the decision "premium-chargeable" on "transfer-1" is "yes"
