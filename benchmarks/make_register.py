"""Build a synthetic but realistic register of a given size, fast (bulk, audited transactions).

    python benchmarks/make_register.py OUT.cdesk --customers 200000 --documents 500000 \\
        --checks 500000 --disclosures 20000 --activities 500 --audit 1000000

Arabic and Latin names, dates, statuses and notes; every row through the audited storage path
(so `verify` holds), references consecutive, foreign keys valid. The passphrase comes from
COMPLIANCE_DESK_PASSPHRASE (default "benchmark passphrase").
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance_desk.domain import clock  # noqa: E402
from compliance_desk.domain import vocabularies as v  # noqa: E402
from compliance_desk.domain.entities import ACTIVITY, CHECK, CUSTOMER, DISCLOSURE, DOCUMENT  # noqa: E402
from compliance_desk.domain.identifiers import luhn_check_digit  # noqa: E402
from compliance_desk.domain.references import format_reference  # noqa: E402
from compliance_desk.domain.validation import clean  # noqa: E402
from compliance_desk.storage.demo import CITIES, FAMILIES, MEN, WOMEN  # noqa: E402
from compliance_desk.storage.demo_organisation import ORGANISATION  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

PASSPHRASE = os.environ.get("COMPLIANCE_DESK_PASSPHRASE", "benchmark passphrase")
CHUNK = 50_000
NOTES = ["", "", "عميل قديم منذ ٢٠١٩", "Prefers contact by e-mail", "راجع الفرع الرئيسي بالرياض",
         "Address confirmed by phone", "طلب تحديث رقم الجوال"]


def _day(rng: random.Random, start: dt.date, span: int) -> str:
    return (start + dt.timedelta(days=rng.randrange(span))).isoformat()


def build(path: Path, *, customers: int, documents: int, checks: int, disclosures: int, activities: int,
          audit: int, seed: int = 7, log: bool = True) -> dict[str, float]:
    rng = random.Random(seed)
    today = clock.today()
    started = time.perf_counter()
    if path.exists():
        path.unlink()
    register = Register.create(path, PASSPHRASE, ORGANISATION, actor="generator")

    def chunks(total: int, make) -> None:  # type: ignore[no-untyped-def]
        done = 0
        while done < total:
            size = min(CHUNK, total - done)
            rows = [make(done + i + 1) for i in range(size)]
            with register.atomic():
                register.bulk_insert(entity_of[make], rows)
            done += size
            if log:
                print(f"  {entity_of[make].table}: {done}/{total}", flush=True)

    def activity(n: int) -> dict:
        return {"reference": format_reference("PA", n), **clean(ACTIVITY, {
            "name_ar": f"نشاط معالجة {n}", "name_en": f"Processing activity {n}",
            "purposes": rng.sample(v.PURPOSES.codes, 2), "legal_bases": [rng.choice(v.LEGAL_BASES.codes)],
            "data_categories": rng.sample(v.DATA_CATEGORIES.codes, 3), "subject_categories": ["customers"],
            "status": rng.choice(["active", "active", "draft", "retired"]), "department": "Operations",
            "next_review": _day(rng, today, 400)})}

    def customer(n: int) -> dict:
        first_ar, first_en = rng.choice(MEN + WOMEN)
        family_ar, family_en = rng.choice(FAMILIES)
        _city_ar, _city_en, postcode = rng.choice(CITIES)
        return {"reference": f"CUS-{n:06d}" if n > 99_999 else format_reference("CUS", n), **clean(CUSTOMER, {
            "client_ref": f"BO-{n}", "full_name_ar": f"{first_ar} {family_ar}",
            "full_name_en": f"{first_en} {family_en}", "date_of_birth": _day(rng, dt.date(1950, 1, 1), 20000),
            "nationality": rng.choice(["SA", "SA", "SA", "EG", "JO", "AE", "IN"]), "country": "SA",
            "phone": f"+9665{rng.randrange(10**7, 10**8)}", "email": f"{first_en.lower()}{n}@mail.example",
            "city_code": postcode, "risk_rating": rng.choice(["low", "low", "medium", "high"]),
            "status": rng.choice(["verified", "verified", "pending", "restricted"]),
            "next_review": _day(rng, today - dt.timedelta(days=200), 2000), "notes": rng.choice(NOTES)})}

    def document(n: int) -> dict:
        kind = rng.choice(["national_id", "passport", "residence_permit", "bank_statement", "utility_bill_water"])
        partial = "1" + "".join(str(rng.randrange(10)) for _ in range(8))
        return clean(DOCUMENT, {
            "customer_id": (n - 1) % customers + 1, "doc_type": kind, "issuing_country": "SA",
            "number": partial + luhn_check_digit(partial), "issue_date": _day(rng, dt.date(2018, 1, 1), 2500),
            "expiry_date": _day(rng, today - dt.timedelta(days=100), 3000)})

    def check(n: int) -> dict:
        result = rng.choice(["verified", "verified", "verified", "rejected", "more_information"])
        return clean(CHECK, {
            "document_id": (n - 1) % documents + 1, "checked_on": _day(rng, dt.date(2024, 1, 1), 900),
            "checked_by": "Compliance team", "method": "original_seen", "result": result,
            "reason_codes": ["unreadable"] if result == "rejected" else []})

    numbers: dict[int, int] = {}

    def disclosure(n: int) -> dict:
        received = dt.date(2020, 1, 1) + dt.timedelta(days=n * 2190 // max(disclosures, 1))
        numbers[received.year] = numbers.get(received.year, 0) + 1  # per year, as the app numbers them
        return {"reference": format_reference("DSC", numbers[received.year], received.year), **clean(DISCLOSURE, {
            "received_date": received, "requester_type": rng.choice(["court", "law_enforcement", "regulator"]),
            "requester_name": rng.choice(["المحكمة العامة بالرياض", "Riyadh Region Police", "النيابة العامة"]),
            "request_type": rng.choice(["court_order", "official_request", "regulator_inquiry"]),
            "due_date": received + dt.timedelta(days=14), "legal_review_required": 0,
            "stage": "closed", "decision": rng.choice(["complied", "withdrawn"]),
            "decided_on": received + dt.timedelta(days=3), "closed_date": received + dt.timedelta(days=5),
            "accounts": rng.randint(1, 5), "jurisdiction": "SA"})}

    entity_of = {activity: ACTIVITY, customer: CUSTOMER, document: DOCUMENT, check: CHECK, disclosure: DISCLOSURE}
    chunks(activities, activity)
    chunks(customers, customer)
    chunks(documents if customers else 0, document)
    chunks(checks if documents else 0, check)
    chunks(disclosures, disclosure)
    missing = audit - register.audit_count()
    if missing > 0:  # the rest of the trail: day-to-day opens and exports
        from compliance_desk.storage import audit as chain

        with register.atomic():
            seq, prev = chain.head(register.conn)
            rows = []
            for i in range(missing):
                entry = chain.make_entry(seq + i + 1, prev, actor="officer", action=rng.choice(["open", "export"]),
                                         changes={"n": i})
                prev = entry[-1]
                rows.append(entry)
            register.conn.executemany(chain.INSERT_SQL, rows)
    entries = register.audit_count()
    register.close()
    figures = {"build_s": time.perf_counter() - started, "audit_entries": entries,
               "size_mb": path.stat().st_size / 1e6}
    if log:
        print(f"built {path} in {figures['build_s']:.0f} s: {entries} audit entries, {figures['size_mb']:.0f} MB")
    return figures


IMPORT_COLUMNS = ("client_ref", "full_name", "full_name_en", "date_of_birth", "nationality", "country", "phone",
                  "email", "address", "city_code", "risk")


def customers_csv(path: Path, rows: int, *, seed: int = 11, first: int = 1) -> Path:
    """A csv of `rows` valid customers as an officer's back office exports them (the `import` format):
    Arabic and Latin names, local mobile numbers, quoted addresses with commas."""
    import csv

    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(IMPORT_COLUMNS)
        for n in range(first, first + rows):
            first_ar, first_en = rng.choice(MEN + WOMEN)
            family_ar, family_en = rng.choice(FAMILIES)
            city_ar, city_en, postcode = rng.choice(CITIES)
            out.writerow([f"BO-{n}", f"{first_ar} {family_ar}", f"{first_en} {family_en}",
                          _day(rng, dt.date(1950, 1, 1), 20000), rng.choice(["SA", "SA", "EG", "JO", "IN"]), "SA",
                          f"05{rng.choice('034569')}{rng.randrange(10**6, 10**7)}",
                          f"{first_en.lower()}.{n}@mail.example", rng.choice([f"{rng.randrange(1, 9999)} شارع الملك فهد، {city_ar}",
                                      f"{rng.randrange(1, 9999)} King Fahd Road, {city_en}"]),
                          postcode, rng.choice(["low", "low", "medium", "high"])])
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("register", type=Path)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--documents", type=int, default=500_000)
    parser.add_argument("--checks", type=int, default=500_000)
    parser.add_argument("--disclosures", type=int, default=20_000)
    parser.add_argument("--activities", type=int, default=500)
    parser.add_argument("--audit", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    build(args.register, customers=args.customers, documents=args.documents, checks=args.checks,
          disclosures=args.disclosures, activities=args.activities, audit=args.audit, seed=args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
