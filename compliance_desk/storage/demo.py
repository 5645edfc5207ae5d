"""The demo register: a fictional jeweller with an online store, modelled on the sample policies.

Deterministic for a given seed and day, so tests and screenshots can rely on it.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import (
    ACTIVITY,
    ACTIVITY_RECIPIENT,
    CHECK,
    CUSTOMER,
    DISCLOSURE,
    DISCLOSURE_ACTIVITY,
    DISCLOSURE_CUSTOMER,
    DOCUMENT,
    RECIPIENT,
    TRANSFER,
)
from compliance_desk.domain.identifiers import luhn_check_digit
from compliance_desk.domain.references import format_reference
from compliance_desk.domain.validation import clean
from compliance_desk.storage.demo_notice import ACTIVITY_TEXTS, RECIPIENT_TEXTS
from compliance_desk.storage.demo_organisation import ACTIVITIES, ORGANISATION, RECIPIENTS
from compliance_desk.storage.register import Register

MEN = [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("عبدالله", "Abdullah"), ("خالد", "Khalid"), ("فيصل", "Faisal"),
       ("سعود", "Saud"), ("عمر", "Omar"), ("يوسف", "Yousef"), ("إبراهيم", "Ibrahim"), ("ماجد", "Majed"),
       ("تركي", "Turki"), ("سلمان", "Salman"), ("ناصر", "Nasser"), ("حسن", "Hassan"), ("علي", "Ali")]
WOMEN = [("نورة", "Noura"), ("فاطمة", "Fatimah"), ("سارة", "Sarah"), ("ريم", "Reem"), ("هيفاء", "Haifa"),
         ("لمى", "Lama"), ("مريم", "Maryam"), ("عائشة", "Aisha"), ("أمل", "Amal"), ("جود", "Joud")]
FAMILIES = [("القحطاني", "Al-Qahtani"), ("العتيبي", "Al-Otaibi"), ("الشمري", "Al-Shammari"), ("الدوسري", "Al-Dossari"),
            ("الغامدي", "Al-Ghamdi"), ("الزهراني", "Al-Zahrani"), ("الحربي", "Al-Harbi"), ("المطيري", "Al-Mutairi"),
            ("السبيعي", "Al-Subaie"), ("الأنصاري", "Al-Ansari"), ("المصري", "Al-Masri"), ("الحسيني", "Al-Husseini")]
CITIES = [("الرياض", "Riyadh", "11564"), ("جدة", "Jeddah", "21442"), ("الدمام", "Dammam", "32241"),
          ("مكة المكرمة", "Makkah", "24231"), ("المدينة المنورة", "Madinah", "42311"), ("الخبر", "Khobar", "34426")]
FOREIGN = ["EG", "JO", "AE", "KW", "IN", "PK", "GB"]
ADDRESS_DOCS = ["utility_bill_electricity", "utility_bill_water", "utility_bill_gas", "bank_statement"]
REQUESTERS = [
    ("court", "court_order", "المحكمة العامة بالرياض", "Riyadh General Court"),
    ("court", "court_order", "المحكمة التجارية بجدة", "Jeddah Commercial Court"),
    ("public_prosecution", "official_request", "النيابة العامة", "Public Prosecution"),
    ("law_enforcement", "official_request", "شرطة منطقة الرياض", "Riyadh Region Police"),
    ("law_enforcement", "emergency_request", "الأمن العام", "Public Security"),
    ("financial_intelligence_unit", "official_request", "الإدارة العامة للتحريات المالية", "Financial Intelligence Unit"),
    ("regulator", "regulator_inquiry", "مكتب إدارة البيانات الوطنية", "National Data Management Office"),
    ("tax_authority", "official_request", "هيئة الزكاة والضريبة والجمارك", "Zakat, Tax and Customs Authority"),
    ("business_partner", "partner_transfer", "شركة الأمناء للاستثمار", "Al-Omanaa Trustees"),
    ("acquirer", "merger_transfer", "مجموعة النخبة القابضة", "Elite Holding Group"),
]
DUE_DAYS = {"court_order": 14, "official_request": 10, "subpoena": 14, "emergency_request": 1,
            "regulator_inquiry": 30, "partner_transfer": 30, "merger_transfer": 45}


def saudi_id(rng: random.Random, first: str) -> str:
    partial = first + "".join(rng.choice("0123456789") for _ in range(8))
    return partial + luhn_check_digit(partial)


def _insert(register: Register, entity: Any, values: dict[str, Any], reference: str | None = None) -> int:
    row = clean(entity, values)
    if reference:
        row = {"reference": reference, **row}
    return register.insert(entity, row)


def build(path: Path, passphrase: str, *, seed: int = 2026, customers: int = 300,
          actor: str | None = None) -> dict[str, int]:
    """Create the demo register at `path`; returns how many of each record it holds.

    Built under a temporary name: `path` appears only once the whole demo is in it.
    """
    rng = random.Random(seed)
    today = clock.today()
    with Register.building(path, passphrase, ORGANISATION, actor=actor or "demo") as register:
        recipient_ids: dict[str, int] = {}
        activity_ids: list[int] = []
        with register.atomic():
            for n, values in enumerate(RECIPIENTS, start=1):
                values = {**values, **RECIPIENT_TEXTS.get(values["name_en"], {})}
                recipient_ids[values["name_en"]] = _insert(register, RECIPIENT, values,
                                                           format_reference("REC", n))
            for n, (values, receivers, transfers) in enumerate(ACTIVITIES, start=1):
                status = "draft" if values["name_en"] == "Employee records" else "active"
                last = today - dt.timedelta(days=rng.randint(30, 400))
                next_review = last + dt.timedelta(days=365)
                activity_id = _insert(register, ACTIVITY, {
                    "status": status, "last_review": last, "next_review": next_review, **values,
                    **ACTIVITY_TEXTS.get(values["name_en"], {})}, format_reference("PA", n))
                activity_ids.append(activity_id)
                for name in receivers:
                    _insert(register, ACTIVITY_RECIPIENT, {"activity_id": activity_id,
                                                           "recipient_id": recipient_ids[name]})
                for country, safeguard in transfers:
                    receiver = next((recipient_ids[r] for r in receivers
                                     if _recipient_country(r) == country), None)
                    _insert(register, TRANSFER, {"activity_id": activity_id, "country": country,
                                                 "recipient_id": receiver, "safeguard": safeguard})
        customer_ids = _customers(register, rng, today, customers)
        disclosures = _disclosures(register, rng, today, customer_ids, activity_ids[10])
        from compliance_desk.storage.request_samples import add_demo

        requests = add_demo(register, rng, today, customer_ids, activity_ids)
        return {"activities": len(activity_ids), "recipients": len(recipient_ids),
                "disclosures": disclosures, "customers": len(customer_ids), "requests": requests}


def _recipient_country(name_en: str) -> str | None:
    return next((r.get("country") for r in RECIPIENTS if r["name_en"] == name_en), None)


def _customers(register: Register, rng: random.Random, today: dt.date, count: int) -> list[int]:
    ids: list[int] = []
    # a second generator for later additions, so the first one's draws (and the data tests know) stay
    extra = random.Random(7919 + count)
    with register.atomic():
        for n in range(1, count + 1):
            woman = rng.random() < 0.4
            first_ar, first_en = rng.choice(WOMEN if woman else MEN)
            father_ar, father_en = rng.choice(MEN)
            family_ar, family_en = rng.choice(FAMILIES)
            city_ar, city_en, postcode = rng.choice(CITIES)
            saudi = rng.random() < 0.7
            nationality = "SA" if saudi else rng.choice(FOREIGN)
            risk = rng.choices(["low", "medium", "high"], weights=[70, 22, 8])[0]
            refused = rng.random() < 0.02
            status = "refused_information" if refused else "pending"
            phone = "+9665" + "".join(rng.choice("0123456789") for _ in range(8))
            customer_id = _insert(register, CUSTOMER, {
                "client_ref": f"BO-{100000 + n * 7}",
                "full_name_ar": f"{first_ar} {father_ar} {family_ar}",
                "full_name_en": f"{first_en} {father_en} {family_en}",
                "date_of_birth": dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
                "nationality": nationality, "country": "SA", "phone": phone,
                "email": f"{first_en.lower()}.{family_en.lower().replace('al-', '')}{n}@mail.example",
                "address": f"{rng.randint(1, 9999)} شارع {rng.choice(['الملك عبدالعزيز', 'التحلية', 'الأمير سلطان', 'العروبة'])}، {city_ar} {postcode}",
                "city_code": postcode, "risk_rating": risk, "pep": 1 if rng.random() < 0.02 else 0,
                "status": status,
                "refusal_note": "Declined to provide a utility bill on grounds of belief; service limited to viewing."
                if refused else None,
            }, format_reference("CUS", n))
            ids.append(customer_id)
            if refused or extra.random() < 0.04:  # some new customers have handed in no document yet
                continue
            _documents(register, rng, today, customer_id, saudi, nationality, risk, extra)
    return ids


def _documents(register: Register, rng: random.Random, today: dt.date, customer_id: int, saudi: bool,
               nationality: str, risk: str, extra: random.Random) -> None:
    id_type = "national_id" if saudi else rng.choice(["residence_permit", "passport"])
    number = saudi_id(rng, "1" if saudi else "2") if id_type != "passport" else \
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(rng.choice("0123456789") for _ in range(8))
    validity = 365 * (10 if id_type == "passport" else 5)
    roll = rng.random()
    if roll < 0.06:
        expiry = today - dt.timedelta(days=rng.randint(1, 200))  # already expired
    elif roll < 0.18:
        expiry = today + dt.timedelta(days=rng.randint(1, 90))  # expiring soon
    else:
        expiry = today + dt.timedelta(days=rng.randint(91, validity - 400))
    issued = expiry - dt.timedelta(days=validity)
    checked_on = today - dt.timedelta(days=rng.randint(5, min(700, (today - issued).days - 1)))
    id_doc = _insert(register, DOCUMENT, {
        "customer_id": customer_id, "doc_type": id_type, "number": number,
        "issuing_country": "SA" if id_type != "passport" else nationality,
        "issue_date": issued, "expiry_date": expiry,
    })
    failed = rng.random() < 0.07
    valid_then = expiry >= checked_on
    result = "rejected" if failed else ("verified" if valid_then else "expired")
    reasons = [rng.choice(["unreadable", "name_mismatch", "suspected_forgery"])] if failed else \
        ([] if valid_then else ["expired"])
    years = {"high": 1, "medium": 2, "low": 5}[risk]
    _insert(register, CHECK, {
        "document_id": id_doc, "checked_on": checked_on, "checked_by": "Compliance team",
        "method": rng.choice(["original_seen", "certified_copy", "verification_agency"]),
        "result": result, "reason_codes": reasons,
        "next_review": checked_on + dt.timedelta(days=365 * years),
    })
    bill_date = checked_on - dt.timedelta(days=rng.randint(1, 97))  # a few are older than the 90 allowed
    address_doc = _insert(register, DOCUMENT, {
        "customer_id": customer_id, "doc_type": rng.choice(ADDRESS_DOCS), "issuing_country": "SA",
        "issue_date": bill_date,
    })
    old = (checked_on - bill_date).days > 90
    _insert(register, CHECK, {
        "document_id": address_doc, "checked_on": checked_on, "checked_by": "Compliance team",
        "method": "original_seen", "result": "rejected" if old else "verified",
        "reason_codes": ["older_than_allowed"] if old else [],
        "next_review": checked_on + dt.timedelta(days=365 * years),
    })
    later = checked_on + dt.timedelta(days=extra.randint(3, 20))
    if old and later <= today and extra.random() < 0.5:  # the customer brought a recent bill
        fresh = _insert(register, DOCUMENT, {"customer_id": customer_id, "doc_type": extra.choice(ADDRESS_DOCS),
                                             "issuing_country": "SA", "issue_date": later - dt.timedelta(days=10)})
        _insert(register, CHECK, {"document_id": fresh, "checked_on": later, "checked_by": "Compliance team",
                                  "method": "original_seen", "result": "verified", "reason_codes": [],
                                  "next_review": later + dt.timedelta(days=365 * years)})
    from compliance_desk.storage.kyc import refresh_customer

    refresh_customer(register, customer_id)


def _disclosures(register: Register, rng: random.Random, today: dt.date, customer_ids: list[int],
                 activity_id: int) -> int:
    count = 42
    serials: dict[int, int] = {}
    with register.atomic():
        for n in range(count):
            requester_type, request_type, name_ar, name_en = rng.choice(REQUESTERS)
            received = today - dt.timedelta(days=int(365 * (count - n) / count) - rng.randint(0, 3))
            emergency = request_type == "emergency_request"
            due = received + dt.timedelta(days=DUE_DAYS[request_type])
            age = (today - received).days
            values: dict[str, Any] = {
                "received_date": received, "channel": "portal" if emergency else rng.choice(["letter", "email", "portal"]),
                "requester_type": requester_type, "requester_name": name_ar if rng.random() < 0.6 else name_en,
                "requester_reference": f"{rng.randint(100, 999)}/{received.year}",
                "request_type": request_type, "jurisdiction": "SA", "emergency": emergency,
                "legal_ground": {"court_order": "Court order under the Law of Procedure before Sharia Courts",
                                 "official_request": "Official written request under the Criminal Procedure Law",
                                 "emergency_request": "Imminent risk to life",
                                 "regulator_inquiry": "Personal Data Protection Law, Article 32",
                                 "partner_transfer": "Trustee agreement, customer consent",
                                 "merger_transfer": "Share purchase agreement"}[request_type],
                "subject_count": rng.randint(1, 3), "accounts": rng.randint(1, 4),
                "categories_requested": rng.sample(["identity", "contact", "transactions", "financial",
                                                    "communications"], 2),
                "due_date": due, "legal_review_required": not emergency,
                "subject_notification": "prohibited" if request_type == "court_order" and rng.random() < 0.5
                else rng.choice(["not_notified", "notified", "deferred"]),
            }
            if values["subject_notification"] == "deferred":
                values["notification_deferred_until"] = due + dt.timedelta(days=90)
            if age > 20 or (age > 3 and emergency):
                decision = rng.choices(["complied", "partly_complied", "refused", "withdrawn"],
                                       weights=[60, 20, 15, 5])[0]
                reviewed = received + dt.timedelta(days=min(3, DUE_DAYS[request_type] - 1))
                values.update({
                    "stage": "closed", "decision": decision, "decided_on": reviewed,
                    "decided_by": "Legal department", "closed_date": reviewed + dt.timedelta(days=2),
                    "counsel_name": None if emergency else "Advocate Salem Al-Harthy",
                    "review_date": None if emergency else reviewed,
                    "legal_opinion": None if emergency else "Request is lawful and proportionate in scope.",
                    "decision_reason": {"partly_complied": "Only data within the order's period was produced.",
                                        "refused": "The request cited no legal ground that obliges disclosure.",
                                        "withdrawn": "Withdrawn by the requesting authority.",
                                        "complied": None}[decision],
                })
                if decision in ("complied", "partly_complied"):
                    values.update({"disclosed_date": reviewed + dt.timedelta(days=1),
                                   "disclosure_method": "secure_portal" if emergency else "sealed_letter",
                                   "categories_disclosed": values["categories_requested"][:1 if decision == "partly_complied" else 2],
                                   "content_type": "non_content", "disclosure_volume": f"{rng.randint(1, 40)} pages"})
                else:
                    values["content_type"] = "none"
            elif age > 5:
                values.update({"stage": "legal_review", "counsel_name": "Advocate Salem Al-Harthy"})
            serials[received.year] = serials.get(received.year, 0) + 1
            disclosure_id = _insert(register, DISCLOSURE, values,
                                    format_reference("DSC", serials[received.year], received.year))
            for customer_id in rng.sample(customer_ids, values["subject_count"]):
                _insert(register, DISCLOSURE_CUSTOMER, {"disclosure_id": disclosure_id, "customer_id": customer_id})
            if requester_type not in ("business_partner", "acquirer"):
                _insert(register, DISCLOSURE_ACTIVITY, {"disclosure_id": disclosure_id, "activity_id": activity_id})
    return count
