"""A breach's times as the officer and SDAIA read them: in the organisation's zone (Asia/Riyadh by
default), with the zone the time was recorded in only as a note when it differs.

A breach discovered abroad is recorded in its own zone (`time_zone`); the same instant is shown in
the organisation's zone beside every other legal clock, so a Saudi officer never compares London
times with Riyadh times. In Arabic the zone is written in words ("بتوقيت الرياض (UTC+3)"); a zone
without an Arabic name keeps its IANA name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from compliance_desk.domain import breaches
from compliance_desk.domain.clock import offset_label

CITY_AR = {
    "Asia/Riyadh": "الرياض", "Asia/Dubai": "دبي", "Asia/Kuwait": "الكويت", "Asia/Bahrain": "البحرين",
    "Asia/Qatar": "الدوحة", "Asia/Muscat": "مسقط", "Asia/Amman": "عمّان", "Asia/Baghdad": "بغداد",
    "Asia/Beirut": "بيروت", "Africa/Cairo": "القاهرة", "Europe/London": "لندن", "Europe/Paris": "باريس",
    "Europe/Berlin": "برلين", "Europe/Istanbul": "إسطنبول", "America/New_York": "نيويورك",
    "Asia/Karachi": "كراتشي", "Asia/Kolkata": "الهند", "Asia/Singapore": "سنغافورة", "UTC": "التوقيت العالمي",
}


def zone_key(key: str | None) -> str:
    return (key or "").strip() or breaches.DEFAULT_ZONE


def zone_words(key: str | None, moment: dt.datetime, lang: str) -> str:
    """'(Asia/Riyadh, UTC+3)' / 'بتوقيت الرياض (UTC+3)' for `moment` (aware) in zone `key`."""
    key = zone_key(key)
    offset = offset_label(moment.astimezone(breaches.zone(key)))
    if lang == "ar":
        city = CITY_AR.get(key)
        return f"بتوقيت {city} ({offset})" if city else f"بتوقيت {key} ({offset})"
    return f"({key}, {offset})"


def moment_text(moment: dt.datetime, org_zone: str | None, lang: str, *, with_date: bool = True) -> str:
    """An instant in the organisation's zone: '2026-12-04 21:27 (Asia/Riyadh, UTC+3)' /
    '2026-12-04 الساعة 21:27 بتوقيت الرياض (UTC+3)' (in Arabic a word between the date and the time:
    two Latin-digit runs side by side would read in swapped order right to left)."""
    local = moment.astimezone(breaches.zone(zone_key(org_zone)))
    day, hour = f"{local:%Y-%m-%d}", f"{local:%H:%M}"
    words = zone_words(org_zone, moment, lang)
    if lang == "ar":
        return f"{day} الساعة {hour} {words}" if with_date else f"{hour} {words}"
    return f"{day} {hour} {words}" if with_date else f"{hour} {words}"


def time_text(wall: Any, row_zone: str | None, org_zone: str | None, lang: str) -> str:
    """A breach's recorded wall-clock time in the organisation's zone, with a note of the zone it was
    recorded in when that differs: '2026-12-04 21:27 (Asia/Riyadh, UTC+3) — recorded as 18:27
    Europe/London'. Blank stays blank."""
    if not wall:
        return ""
    moment = breaches.instant(str(wall), row_zone)
    shown = moment_text(moment, org_zone, lang)
    if zone_key(row_zone) == zone_key(org_zone):
        return shown
    local = moment.astimezone(breaches.zone(zone_key(row_zone)))
    same_day = local.date() == moment.astimezone(breaches.zone(zone_key(org_zone))).date()
    recorded = f"{local:%H:%M}" if same_day else (f"{local:%Y-%m-%d} الساعة {local:%H:%M}" if lang == "ar"
                                                  else f"{local:%Y-%m-%d} {local:%H:%M}")
    if lang == "ar":
        city = CITY_AR.get(zone_key(row_zone), zone_key(row_zone))
        return f"{shown} — سُجِّل {recorded} بتوقيت {city}"
    return f"{shown} — recorded as {recorded} {zone_key(row_zone)}"


def deadline_text(row: Any, org_zone: str | None, lang: str) -> str:
    """The 72-hour deadline instant in the organisation's zone."""
    return moment_text(breaches.deadline(row), org_zone, lang)
