"""Attachment 1, 3: trunk forecasts (A1-3.1) and orders above them (A1-3.2).

"Semi-annually Carrier will provide Frontier a one (1) year forecast for expected trunk utilization.
Orders for trunks that exceed forecasted quantities for forecasted locations will be accommodated as
facilities and/or equipment are available. The forecasts will include ... a description of major
network projects anticipated for the following six months."
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.ica_frontier_granite_2006.records import TrunkForecast
from ratecert_reference.months import add_months

FORECAST_MONTHS, PROJECT_MONTHS, EVERY_MONTHS = 12, 6, 6


def forecast_complete(forecast: TrunkForecast) -> bool:
    """A1-3.1: a one-year forecast, with the major network projects of the following six months."""
    return forecast.months >= FORECAST_MONTHS and forecast.projects_months >= PROJECT_MONTHS


def next_forecast_due(submitted: dt.date) -> dt.date:
    """A1-3.1: "Semi-annually"."""
    return add_months(submitted, EVERY_MONTHS)


def order_assured(trunks: int, forecast: int) -> bool:
    """A1-3.2: within the forecast the order is provided; above it only as facilities are available."""
    return trunks <= forecast
