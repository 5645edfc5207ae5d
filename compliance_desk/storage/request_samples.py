"""Sample data-subject requests: for the demo register (through the use cases) and for benchmarks
(many rows at once, written like an import)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from compliance_desk.domain.entities import REQUEST, REQUEST_RIGHT
from compliance_desk.domain.references import format_reference
from compliance_desk.domain.requests import deadlines
from compliance_desk.domain.validation import clean
from compliance_desk.storage import requests
from compliance_desk.storage.register import Register

NAMES = ("Huda Al-Harbi", "هدى الحربي", "Faisal Al-Qahtani", "فيصل القحطاني", "Maryam Al-Zahrani", "مريم الزهراني",
         "Omar Siddiqui", "Sara Al-Otaibi", "سارة العتيبي", "Khalid Al-Dosari")
RIGHT_SETS = (["access"], ["erasure"], ["access", "portability"], ["object_marketing"], ["withdraw_consent"],
              ["rectification"], ["access", "erasure"], ["complaint"])
CHANNELS = ("email", "web_form", "phone", "post", "in_person", "in_app")


def add_demo(register: Register, rng: random.Random, today: dt.date, customer_ids: Sequence[int],
             activity_ids: Sequence[int], count: int = 36) -> int:
    """`count` requests over the last ~4 months at every stage, through the use cases (audited)."""
    for n in range(count):
        received = today - dt.timedelta(days=rng.randint(0, 120))
        at = dt.datetime.combine(received, dt.time(rng.randint(7, 23), rng.choice((0, 15, 30, 45))))
        known = rng.random() < 0.7 and customer_ids
        rights = rng.choice(RIGHT_SETS)
        values = {"received_at": at.isoformat(timespec="minutes"), "channel": rng.choice(CHANNELS),
                  "rights": rights, "requester_name": None if known else rng.choice(NAMES),
                  "customer_id": rng.choice(customer_ids) if known else None,
                  "requester_contact": None if known else f"requester{n}@example.com"}
        request_id = requests.create(register, values, activity_ids[:1] if "erasure" in rights else None)
        age = (today - received).days
        if age < 3:
            continue
        if age < 10 and not known:
            requests.advance(register, request_id, "awaiting_identity")
            continue
        requests.advance(register, request_id, "verified",
                         {"identity_method": "kyc_document" if known else "copy_received",
                          "identity_verified_on": received + dt.timedelta(days=2)})
        if age > 25 and n % 5 == 0:
            notice = received + dt.timedelta(days=20)
            requests.extend(register, request_id, "disproportionate_effort",
                            "Records from three systems must be gathered and reviewed.", notice, 30)
        if age < 20 or (n % 7 == 3 and age < 45):  # in progress; a few a little overdue
            continue
        decided = received + dt.timedelta(days=min(age - 1, rng.randint(5, 28)))
        choices = {}
        for code in rights:
            if code == "erasure" and known:
                choices[code] = {"decision": "refused", "refusal_reason": "legal_retention",
                                 "reason": "AML Law Art. 12 keeps due-diligence records 10 years.",
                                 "decided_on": decided}
            elif n % 11 == 0:
                choices[code] = {"decision": "refused", "refusal_reason": "repetitive",
                                 "reason": "Third identical request this month.", "decided_on": decided}
            else:
                action = {"access": "data_exported", "portability": "data_exported", "rectification": "corrected",
                          "erasure": "erased", "object_marketing": "marketing_stopped",
                          "withdraw_consent": "consent_withdrawn", "complaint": "complaint_answered"}[code]
                choices[code] = {"decision": "granted", "action": action, "action_date": decided,
                                 "decided_on": decided}
        requests.decide(register, request_id, choices)
        requests.advance(register, request_id, "answered", {"response_date": decided,
                                                            "response_method": rng.choice(("email", "post"))})
        if age > 60:
            requests.advance(register, request_id, "closed", {"closed_date": decided + dt.timedelta(days=3)})
    return count


def bulk(register: Register, count: int, *, seed: int = 17, first: dt.date = dt.date(2026, 1, 1),
         days: int = 365, customer_ids: Sequence[int] = ()) -> None:
    """`count` requests received over `days` from `first` (within one year: one reference series),
    written at once (benchmarks)."""
    rng = random.Random(seed)
    rows, rights = [], []
    for n in range(count):
        received = first + dt.timedelta(days=rng.randrange(days))
        owed = deadlines.first_due(received)
        recent = received + dt.timedelta(days=40) > first + dt.timedelta(days=days)
        answered = rng.random() < (0.5 if recent else 0.97)
        response = received + dt.timedelta(days=rng.choice((rng.randint(1, 29), rng.randint(1, 29),
                                                            rng.randint(1, 35)))) if answered else None
        codes = rng.choice(RIGHT_SETS)
        rows.append(clean(REQUEST, {
            "received_at": f"{received.isoformat()}T10:00+03:00", "received_date": received,
            "channel": rng.choice(CHANNELS), "requester_name": rng.choice(NAMES), "rights": codes,
            "customer_id": rng.choice(customer_ids) if customer_ids and rng.random() < 0.5 else None,
            "first_due_date": owed, "due_date": owed, "stage": "answered" if answered else "received",
            "outcome": rng.choice(("granted",) * 8 + ("partly", "refused")) if answered else None,
            "response_date": response, "response_method": "email" if answered else None}))
        rows[-1]["reference"] = format_reference("DSR", n + 1, received.year)
        rights.append(codes)
    with register.atomic():
        ids = register.bulk_insert(REQUEST, rows)
        right_rows = [clean(REQUEST_RIGHT, {"request_id": i, "right_code": code,
                                            "decision": row["outcome"] if row["outcome"] else "pending"})
                      for i, row, codes in zip(ids, rows, rights, strict=True) for code in codes]
        register.bulk_insert(REQUEST_RIGHT, right_rows)
