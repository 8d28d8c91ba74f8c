"""13: the time class of Additional Engineering and Additional Labor, from the employee's schedule.

13: "normally scheduled working hours are an employee's scheduled work period in any given calendar
day (e.g., 8:00 a.m. to 5:00 p.m.) for the application of rates based on working hours." 17.6.1 and
17.6.2: Basic Time is "Regularly scheduled working hours", Overtime "Outside of regularly scheduled
working hours on a scheduled work day", Premium Time "Outside of scheduled work day". Work that runs
across the end (or start) of the scheduled period is split at it, each part at its own class, or
billed whole at the class of its start: interpretation labor-time-split.
"""

from __future__ import annotations

import datetime as dt

Segments = list[tuple[str, int]]   # (time class, minutes)


def time_segments(started: dt.datetime, minutes: int, period: tuple[dt.time, dt.time] | None, work_day: bool,
                  reading: str = "split") -> Segments:
    """The minutes of one piece of work by time class."""
    if not work_day or period is None:
        return [("premium", minutes)]
    begin = dt.datetime.combine(started.date(), period[0])
    end = dt.datetime.combine(started.date(), period[1])
    if reading == "by-start":
        return [("basic" if begin <= started < end else "overtime", minutes)]
    finish = started + dt.timedelta(minutes=minutes)
    inside = max(dt.timedelta(), min(finish, end) - max(started, begin))
    basic = int(inside.total_seconds() // 60)
    return [(time_class, spent) for time_class, spent in (("basic", basic), ("overtime", minutes - basic)) if spent]
