"""6.11.1 Dedicated Trunk Port, and the two rate sets Section 17 prints for it.

6.11.1: "The Dedicated Trunk Port provides for the termination of a dedicated trunk at the end
office or access tandem ... A Dedicated Trunk Port charge shall be assessed on a per voice grade or
DS1 channel terminating at an end office or access tandem." Section 17 prices it twice: "Dedicated
Trunk Port" in the Tandem Switched Transport block of 17-4 (17.4.2(A)(3): $16.77 per DS0, $7.89 per
DS1 channel) and "End Office Dedicated Trunk Port" on 17-6.1 (17.4.3(C): $1.24, $0.06). Which set a
port bears is interpretation dedicated-trunk-port-rate-sets.
"""

from __future__ import annotations

from ratecert_reference.access_catalog_3.records import DedicatedTrunkPort

_CHANNEL = {"ds0": "ds0", "ds1": "ds1_channel"}


def port_elements(port: DedicatedTrunkPort, reading: str) -> list[str]:
    """The rate elements a port bears: by where it terminates (by-location), or at an end office
    both the End Office and the 17-4 rate (both-at-end-office)."""
    tandem = f"dedicated_trunk_port.{_CHANNEL[port.channel]}"
    end_office = f"end_office_dedicated_trunk_port.{_CHANNEL[port.channel]}"
    if port.at == "access-tandem":
        return [tandem]
    return [end_office] if reading == "by-location" else [end_office, tandem]
