"""Dates as a reader sees them: topics.yaml keeps ISO (2022-01-02), print says "2 January 2022"."""

from __future__ import annotations

import datetime

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def human_date(value) -> str:
    """'2022-01-02' -> '2 January 2022' (day month year, the style of the briefing's prose); a
    year-month ('2022-01') -> 'January 2022'; anything else (a date 'as the sources date it',
    such as '5-6 January') is printed as written."""
    text = str(value).strip()
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        try:
            month = datetime.date.fromisoformat(text + "-01")
        except ValueError:
            return text
        return f"{MONTHS[month.month - 1]} {month.year}" if len(text) == 7 else text
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def is_iso_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(str(value))
    except ValueError:
        return False
    return len(str(value)) == 10
