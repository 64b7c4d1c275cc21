"""Dates and instants as handlers read and write them: instants as RFC 3339 UTC, dates as YYYY-MM-DD,
and the date ranges of a query (`fromdate`, `todate`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from armrest_server.http.call import Call
from armrest_server.http.problems import rule


def timestamp(value: datetime) -> str:
    """RFC 3339 in UTC with a `Z`; SQLite hands back naive datetimes, which are UTC here."""
    moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + (
        f".{moment.microsecond:06d}Z" if moment.microsecond else "Z"
    )


def instant(text: str) -> datetime:
    """An RFC 3339 instant as the contract's `Timestamp` writes it (`...Z`, validated before).

    A leap second (`23:59:60`, RFC 3339 5.7) is the instant after `23:59:59`, as POSIX time counts it:
    `datetime` has no second 60. Instants a datetime does not hold (year 0000, the leap second after
    9999-12-31T23:59:59) are read as its first or last instant: compared with any other, they order alike."""
    leap = text[17:19] == "60"
    if text.startswith("0000-"):
        return datetime.min.replace(tzinfo=UTC)
    moment = datetime.fromisoformat(text[:17] + "59" + text[19:] if leap else text).astimezone(UTC)
    if not leap:
        return moment
    try:
        return moment + timedelta(seconds=1)
    except OverflowError:
        return datetime.max.replace(tzinfo=UTC)


def optional_timestamp(value: datetime | None) -> str | None:
    return None if value is None else timestamp(value)


def day_start(day: date) -> datetime:
    """The first instant of a UTC date: filters on the UTC date of an instant compare with these."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def day_after_start(day: date) -> datetime | None:
    """The first instant after a UTC date (an exclusive upper bound); None after the last date."""
    return None if day == date.max else day_start(day + timedelta(days=1))


def date_range(call: Call, start: str = "fromdate", end: str = "todate") -> tuple[date | None, date | None]:
    """The query's dates `start` and `end`; a `start` after `end` answers 422 (no schema says it)."""
    first, last = call.query.get(start), call.query.get(end)
    since = date.fromisoformat(first) if first else None
    until = date.fromisoformat(last) if last else None
    if since is not None and until is not None and since > until:
        raise rule(422, f"#/query/{start}", f"{start} is after {end}", "dateRange")
    return since, until


def instant_range(call: Call) -> tuple[datetime | None, datetime | None]:
    """The query's `fromdate` and `todate` (inclusive UTC dates of an instant) as the bounds
    [from, before) the instants compare with; None where a date is not given."""
    since, until = date_range(call)
    return day_start(since) if since else None, day_after_start(until) if until else None
