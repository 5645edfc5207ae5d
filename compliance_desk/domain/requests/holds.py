"""Legal holds: what keeps a person's data from being erased, why, and until when.

- Saudi AML Law Art. 12 (SAMA rulebook): due-diligence records with copies of identity documents
  are kept at least 10 years after the business relationship ends (transaction records 10 years
  after the transaction). A customer with due-diligence records is held while the relationship
  lasts and for 10 years after it ends.
- PDPL Art. 18: data is destroyed once its purpose ends, but kept while a legal retention period or
  a court case needs it. An open third-party disclosure naming the person that is a court order or
  subpoena, or whose order forbids or defers telling them (a gag), holds their data until it closes
  (or the deferral ends); a processing activity about customers whose retention period has not run
  out holds the data of its categories until it does.

A hold does not stop the officer: it is shown with its reason and end, and an erasure carried out
over it records the holds it overrode and why (domain.requests.rules.check_right).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain.dates import format_date

AML_YEARS = 10
ORDER_TYPES = ("court_order", "subpoena")
GAGS = ("prohibited", "deferred")


@dataclass(frozen=True)
class Hold:
    kind: str  # aml_retention | gag | order | activity_retention
    reference: str  # the record that imposes it: CUS-…, DSC-…, PA-…
    ends: dt.date | None  # None: open-ended (while the relationship lasts, until the request closes)
    basis_en: str
    basis_ar: str
    categories: tuple[str, ...] = ()  # data categories held (activity holds)

    def until(self, lang: str) -> str:
        if self.ends is not None:
            return ("حتى " if lang == "ar" else "until ") + format_date(self.ends, lang)
        return {
            "aml_retention": ("while the relationship lasts, then 10 years",
                              "طوال العلاقة ثم عشر سنوات بعد انتهائها"),
            "activity_retention": ("while the relationship lasts, then the activity's retention period",
                                   "طوال العلاقة ثم مدة الاحتفاظ المحددة للنشاط"),
        }.get(self.kind, ("until the request is closed", "حتى إغلاق الطلب"))[lang == "ar"]

    def summary(self, lang: str) -> str:
        """'AML Law Art. 12: due-diligence records kept 10 years (CUS-00042), until 2036-05-01'."""
        basis = self.basis_ar if lang == "ar" else self.basis_en
        return f"{basis} ({self.reference}), {self.until(lang)}"


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def customer_holds(customer: Mapping[str, Any], *, relationship_end: dt.date | None, due_diligence: bool,
                   disclosures: Sequence[Mapping[str, Any]], activities: Sequence[Mapping[str, Any]],
                   today: dt.date) -> list[Hold]:
    """The holds in force today over a customer's data.

    `relationship_end`: the day the customer was closed (None while the relationship lasts);
    `due_diligence`: the register keeps identity documents or checks of theirs; `disclosures`: the
    disclosures that name them; `activities`: the activities about customers.
    """
    found: list[Hold] = []
    reference = str(customer.get("reference") or "")
    if due_diligence:
        ends = add_years(relationship_end, AML_YEARS) if relationship_end else None
        if ends is None or ends > today:
            found.append(Hold("aml_retention", reference, ends,
                              "AML Law Art. 12: due-diligence records and ID copies kept 10 years after the "
                              "relationship ends",
                              "المادة 12 من نظام مكافحة غسل الأموال: تُحفظ سجلات العناية الواجبة وصور الهويات "
                              "عشر سنوات بعد انتهاء العلاقة"))
    for disclosure in disclosures:
        if disclosure.get("stage") == "closed":
            continue
        notification = disclosure.get("subject_notification")
        until = disclosure.get("notification_deferred_until")
        gagged = notification == "prohibited" or (notification == "deferred" and (not until or str(until) > today.isoformat()))
        if gagged:
            ends = dt.date.fromisoformat(str(until)[:10]) if notification == "deferred" and until else None
            found.append(Hold("gag", str(disclosure["reference"]), ends,
                              "PDPL Art. 18: an authority's request that forbids telling the person is open",
                              "المادة 18 من النظام: طلب جهة مختصة يحظر إبلاغ صاحب البيانات لا يزال مفتوحاً"))
        elif disclosure.get("request_type") in ORDER_TYPES:
            found.append(Hold("order", str(disclosure["reference"]), None,
                              "PDPL Art. 18: a court order naming the person is open",
                              "المادة 18 من النظام: أمر قضائي يخص صاحب البيانات لا يزال مفتوحاً"))
    for activity in activities:
        months = activity.get("retention_months")
        if activity.get("status") == "retired" or not months:
            continue
        if "customers" not in (activity.get("subject_categories") or []):
            continue
        ends = add_months(relationship_end, int(months)) if relationship_end else None
        if ends is not None and ends <= today:
            continue
        reason = str(activity.get("retention_reason") or activity.get("retention_reason_ar") or "")
        reason_ar = str(activity.get("retention_reason_ar") or reason)  # (its Arabic twin, when written)
        name_en = str(activity.get("name_en") or activity.get("name_ar") or "")
        name_ar = str(activity.get("name_ar") or activity.get("name_en") or "")
        found.append(Hold("activity_retention", str(activity["reference"]), ends,
                          f"PDPL Art. 18: retention of “{name_en}” ({int(months)} months{'; ' + reason if reason else ''})",
                          f"المادة 18 من النظام: مدة الاحتفاظ لنشاط «{name_ar}» ({int(months)} شهراً"
                          f"{'؛ ' + reason_ar if reason_ar else ''})",
                          tuple(activity.get("data_categories") or ())))
    return found


def compact(holds: Sequence[Hold], lang: str = "en") -> list[str]:
    """The holds in a few lines: each AML, gag and order hold on its own, the activities' retention
    periods as one line (a store's every activity about customers keeps some of their data)."""
    lines = [h.summary(lang) for h in holds if h.kind != "activity_retention"]
    kept = [h for h in holds if h.kind == "activity_retention"]
    if len(kept) == 1:
        lines.append(kept[0].summary(lang))
    elif kept:
        references = ", ".join(h.reference for h in kept)
        ends = [h.ends for h in kept]
        if any(e is None for e in ends):
            until = kept[[e is None for e in ends].index(True)].until(lang)
        else:
            until = ("حتى " if lang == "ar" else "until ") + format_date(max(e for e in ends if e), lang)
        lines.append(f"المادة 18 من النظام: مدد الاحتفاظ لعدد {len(kept)} من أنشطة المعالجة ({references})، {until}"
                     if lang == "ar" else
                     f"PDPL Art. 18: the retention periods of {len(kept)} processing activities ({references}), {until}")
    return lines


def blocked_until(holds: Sequence[Hold]) -> tuple[dt.date | None, Hold | None]:
    """When an erasure blocked by `holds` can first go ahead: the day the last hold ends. (None, the
    open-ended hold) while any hold has no end yet; (None, None) without holds."""
    if not holds:
        return None, None
    for hold in holds:
        if hold.ends is None:
            return None, hold
    last = max(holds, key=lambda h: h.ends or dt.date.min)
    return last.ends, last


def describe(holds: Sequence[Hold], lang: str = "en") -> str:
    """The holds as one text, one per line (what an overriding decision records)."""
    return "\n".join(h.summary(lang) for h in holds)
