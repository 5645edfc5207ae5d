"""The privacy notice this register implies: its active activities, their recipients and transfers,
and the organisation profile."""

from __future__ import annotations

import datetime as dt

from compliance_desk.domain import clock, notice
from compliance_desk.storage import activities, records
from compliance_desk.storage.register import Register


def facts(register: Register, lang: str) -> tuple[dict[str, object], list[notice.Activity], list[str],
                                                 list[notice.Recipient]]:
    """The organisation profile, the active activities as the notice needs them, the types of the
    active recipients and those recipients."""
    org = dict(records.organisation(register) or {})
    recipients = {rid: notice.Recipient(kind, name_en or name_ar or "", description, description_ar)
                  for rid, kind, name_en, name_ar, description, description_ar in register.conn.execute(
                      "SELECT id, recipient_type, name_en, name_ar, description, description_ar FROM recipients "
                      "WHERE status = 'active' ORDER BY reference")}
    recipient_types = {rid: r.kind for rid, r in recipients.items()}
    found = []
    for (activity_id,) in register.conn.execute(
            "SELECT id FROM activities WHERE status = 'active' ORDER BY reference").fetchall():
        row = records.get(register, "activity", activity_id)
        linked, transfers = activities.links(register, activity_id)
        first, second = ("name_ar", "name_en") if lang == "ar" else ("name_en", "name_ar")
        found.append(notice.Activity(
            reference=row["reference"], name=row.get(first) or row.get(second) or row["reference"],
            purposes=row["purposes"], purpose_details=row.get("purpose_details"),
            data_categories=row["data_categories"], legal_bases=row["legal_bases"], sources=row["sources"],
            recipient_types=[recipient_types[r] for r in linked if r in recipient_types],
            recipients=[recipients[r] for r in linked if r in recipients],
            transfers=[(t["country"], t["safeguard"]) for t in transfers],
            retention_period=row.get("retention_period"), retention_months=row.get("retention_months"),
            retention_event=row.get("retention_event"), retention_reason=row.get("retention_reason"),
            security_measures=row["security_measures"], automated_decisions=bool(row.get("automated_decisions")),
            automated_details=row.get("automated_details"), purpose_details_ar=row.get("purpose_details_ar"),
            retention_period_ar=row.get("retention_period_ar"), retention_event_ar=row.get("retention_event_ar"),
            retention_reason_ar=row.get("retention_reason_ar"),
            automated_details_ar=row.get("automated_details_ar"),
            no_outside_recipients=bool(row.get("no_outside_recipients")),
            **{name: row.get(name) for name in ("consequences", "consequences_ar", "storage_means", "storage_means_ar",
                                                "data_items", "data_items_ar", "legal_obligation_law",
                                                "legal_obligation_law_ar")}))
    return org, found, sorted(set(recipient_types.values())), list(recipients.values())


def build(register: Register, lang: str, today: dt.date | None = None) -> notice.Notice:
    """The notice in `lang` as the register stands now."""
    org, found, types, recipients = facts(register, lang)
    return notice.build(org, found, types, lang, today or clock.today(), recipients)
