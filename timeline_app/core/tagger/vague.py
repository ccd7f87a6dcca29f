"""Approximate intervals for vague references: PAST_REF, PRESENT_REF, FUTURE_REF."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline_app.core.models import Granularity, Interval

# How far "recently" and "in the future" reach, for drawing only.
VAGUE_REACH = timedelta(days=3 * 365)


def interval_for_ref(value: str, publication: date | None) -> Interval | None:
    if publication is None:
        return None
    day = datetime(publication.year, publication.month, publication.day)
    if value == "PAST_REF":
        return Interval(day - VAGUE_REACH, day, Granularity.YEAR)
    if value == "FUTURE_REF":
        return Interval(day + timedelta(days=1), day + VAGUE_REACH, Granularity.YEAR)
    if value == "PRESENT_REF":
        return Interval.day(publication)
    return None
