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

from compliance_desk.domain.dates import MONTHS_AR, MONTHS_EN, format_date
from compliance_desk.domain.letter_gaps import Gaps
from compliance_desk.domain.vocabularies import DATA_CATEGORIES, LEGAL_BASES

AML_YEARS = 10
ORDER_TYPES = ("court_order", "subpoena")
GAGS = ("prohibited", "deferred")


# What each kind of hold keeps (not the whole person: only these data must be kept; the rest of
# the person's data can be erased, and the requester is told what is kept, on what basis, until when).
KEPT = {
    "aml_retention": ("due-diligence records and copies of identity documents",
                      "سجلات العناية الواجبة وصور وثائق الهوية"),
    "gag": ("the data the authority's request concerns", "البيانات التي يتناولها طلب الجهة المختصة"),
    "order": ("the data the court order concerns", "البيانات التي يتناولها الأمر القضائي"),
    "activity_retention": ("customers' data that this activity processes", "بيانات العملاء التي يعالجها هذا النشاط"),
}
OPEN_ENDS = {
    "aml_retention": ("10 years after the relationship ends (it has not ended yet)",
                      "مرور عشر سنوات على انتهاء العلاقة (ولم تنتهِ بعد)"),
    "activity_retention": ("the activity's retention period has run after the relationship ends",
                           "انقضاء مدة الاحتفاظ المحددة للنشاط بعد انتهاء العلاقة"),
    "gag": ("the authority's request is closed", "إغلاق طلب الجهة المختصة"),
    "order": ("the court order's file is closed", "إغلاق ملف الأمر القضائي"),
}
AML_CATEGORIES = ("government_id",)  # the data categories an AML hold keeps (copies of identity documents)
AML_BASIS = ("AML Law Art. 12", "المادة 12 من نظام مكافحة غسل الأموال")
PDPL_18 = ("PDPL Art. 18", "المادة 18 من نظام حماية البيانات الشخصية")
# an activity's retention with no recorded basis: not claimed under Art. 18
STATED_ONLY = ("kept under the activity's stated retention period (no legal retention basis recorded)",
               "محفوظة وفق مدة الاحتفاظ المعلنة للنشاط (لم يُسجَّل أساس نظامي للاحتفاظ)")
STATED_ONLY_MANY = ("kept under the stated retention periods of {n} processing activities ({references}) (no legal "
                    "retention basis recorded)",
                    "محفوظة وفق مدد الاحتفاظ المعلنة {activities} ({references}) (لم يُسجَّل أساس نظامي للاحتفاظ)")
STATED_ONLY_SUBJECT = ("for the retention period we set for their processing (no legal retention basis recorded)",
                       "وفق مدة الاحتفاظ التي حددناها لمعالجتها (لم يُسجَّل أساس نظامي للاحتفاظ)")
RETENTION_BASIS = ("Legal basis for the retention of {references}", "الأساس النظامي للاحتفاظ في {references}")
ACTIVITY_REASON = ("Reason for retention of {reference}", "سبب الاحتفاظ في {reference}")
# "لثلاثة أنشطة معالجة" … "لعشرة أنشطة معالجة": the number (3–10) takes the opposite gender of نشاط.
_ACTIVITIES_AR = {2: "لنشاطَي معالجة", 3: "لثلاثة", 4: "لأربعة", 5: "لخمسة", 6: "لستة", 7: "لسبعة", 8: "لثمانية",
                  9: "لتسعة", 10: "لعشرة"}


LRI, PDI = "\u2066", "\u2069"


def isolated(references: str, lang: str) -> str:
    """Register references ("PA-0001, PA-0002") as one left-to-right run inside Arabic text."""
    return LRI + references + PDI if lang == "ar" else references


def activities_ar(n: int) -> str:
    """'لعشرة أنشطة معالجة', 'لنشاطَي معالجة', 'لـ11 نشاطاً للمعالجة' (Arabic counting, not 'لعدد 10 من')."""
    if n == 1:
        return "لنشاط معالجة واحد"
    if n == 2:
        return _ACTIVITIES_AR[2]
    if n <= 10:
        return f"{_ACTIVITIES_AR[n]} أنشطة معالجة"
    return f"لـ{n} نشاطاً للمعالجة" if n % 100 >= 11 else f"لـ{n} نشاط معالجة"


def months_ar(n: int) -> str:
    """'شهر واحد', 'شهرين', '6 أشهر', '60 شهراً', '100 شهر'."""
    if n == 1:
        return "شهر واحد"
    if n == 2:
        return "شهرين"
    rest = n % 100
    return f"{n} {'أشهر' if 3 <= rest <= 10 else 'شهراً' if 11 <= rest <= 99 else 'شهر'}"


def kept_categories(categories: Sequence[str], lang: str) -> str:
    """"customers' data: identity, contact details" / "بيانات العملاء: الهوية، بيانات الاتصال"."""
    labels = [DATA_CATEGORIES.label(c, lang) if c in DATA_CATEGORIES else c for c in dict.fromkeys(categories)]
    return ("بيانات العملاء: " + "، ".join(labels)) if lang == "ar" else ("customers' data: " + ", ".join(labels))


@dataclass(frozen=True)
class Hold:
    kind: str  # aml_retention | gag | order | activity_retention
    reference: str  # the record that imposes it: CUS-…, DSC-…, PA-…
    ends: dt.date | None  # None: open-ended (while the relationship lasts, until the request closes)
    basis_en: str
    basis_ar: str
    categories: tuple[str, ...] = ()  # data categories held (activity holds)
    kept_en: str = ""  # what it keeps (defaults to KEPT by kind)
    kept_ar: str = ""
    reason_en: str = ""  # an activity's recorded basis for its retention (its reason, or "Legal obligation")
    reason_ar: str = ""
    unfounded: bool = False  # an activity's retention with no recorded basis: a gap to review
    months: int = 0  # an activity's retention period, in months
    obligation_only: bool = False  # basis "Legal obligation" with no retention reason: the law is not named

    def reason(self, lang: str) -> str:
        return (self.reason_ar or self.reason_en) if lang == "ar" else (self.reason_en or self.reason_ar)

    def basis(self, lang: str) -> str:
        return self.basis_ar if lang == "ar" else self.basis_en

    def kept(self, lang: str) -> str:
        """The data this hold keeps, e.g. 'due-diligence records and copies of identity documents'."""
        own = self.kept_ar if lang == "ar" else self.kept_en
        if own:
            return own
        if self.categories:
            return kept_categories(self.categories, lang)
        return KEPT.get(self.kind, ("", ""))[lang == "ar"]

    def end(self, lang: str) -> str:
        """'2036-05-01', or what the open end waits for ('10 years after the relationship ends …')."""
        if self.ends is not None:
            return format_date(self.ends, lang)
        return OPEN_ENDS.get(self.kind, ("the request is closed", "إغلاق الطلب"))[lang == "ar"]

    def until(self, lang: str) -> str:
        return ("حتى " if lang == "ar" else "until ") + self.end(lang)

    def summary(self, lang: str) -> str:
        """'due-diligence records and copies of identity documents — AML Law Art. 12 (CUS-00042), until
        2036-05-01': what it keeps, on what basis, until when (each said once)."""
        kept = self.kept(lang)
        head = f"{kept} — " if kept else ""
        comma = "، " if lang == "ar" else ", "
        return f"{head}{self.basis(lang)} ({isolated(self.reference, lang)}){comma}{self.until(lang)}"


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
            found.append(Hold("aml_retention", reference, ends, *AML_BASIS))
    for disclosure in disclosures:
        if disclosure.get("stage") == "closed":
            continue
        notification = disclosure.get("subject_notification")
        until = disclosure.get("notification_deferred_until")
        gagged = notification == "prohibited" or (notification == "deferred" and (not until or str(until) > today.isoformat()))
        if gagged:
            ends = dt.date.fromisoformat(str(until)[:10]) if notification == "deferred" and until else None
            found.append(Hold("gag", str(disclosure["reference"]), ends,
                              f"{PDPL_18[0]}: an authority's request that forbids telling the person is open",
                              f"{PDPL_18[1]}: طلب جهة مختصة يحظر إبلاغ صاحب البيانات لا يزال مفتوحاً"))
        elif disclosure.get("request_type") in ORDER_TYPES:
            found.append(Hold("order", str(disclosure["reference"]), None,
                              f"{PDPL_18[0]}: a court order naming the person is open",
                              f"{PDPL_18[1]}: أمر قضائي يخص صاحب البيانات لا يزال مفتوحاً"))
    for activity in activities:
        months = activity.get("retention_months")
        if activity.get("status") == "retired" or not months:
            continue
        if "customers" not in (activity.get("subject_categories") or []):
            continue
        ends = add_months(relationship_end, int(months)) if relationship_end else None
        if ends is not None and ends <= today:
            continue
        found.append(activity_hold(activity, ends))
    return found


def activity_hold(activity: Mapping[str, Any], ends: dt.date | None) -> Hold:
    """The hold of an activity's retention: cited under PDPL Art. 18 with its recorded basis named, or
    kept under its stated period only (no basis recorded: unfounded)."""
    months = int(activity["retention_months"])
    reason_en = str(activity.get("retention_reason") or "").strip()
    reason_ar = str(activity.get("retention_reason_ar") or "").strip()
    obligation_only = False
    if not (reason_en or reason_ar) and "legal_obligation" in (activity.get("legal_bases") or []):
        obligation_only = True
        reason_en, reason_ar = LEGAL_BASES.label("legal_obligation", "en"), LEGAL_BASES.label("legal_obligation", "ar")
    name_en = str(activity.get("name_en") or activity.get("name_ar") or "")
    name_ar = str(activity.get("name_ar") or activity.get("name_en") or "")
    categories = tuple(activity.get("data_categories") or ())
    if not (reason_en or reason_ar):
        return Hold("activity_retention", str(activity["reference"]), ends,
                    f"{STATED_ONLY[0]}: “{name_en}” ({months} months)",
                    f"{STATED_ONLY[1]}: «{name_ar}» ({months_ar(months)})", categories, unfounded=True,
                    months=months)
    en, ar = reason_en or reason_ar, reason_ar or reason_en  # (the other's, where only one is written)
    return Hold("activity_retention", str(activity["reference"]), ends,
                f"{PDPL_18[0]}: retention of “{name_en}” ({months} months; {en})",
                f"{PDPL_18[1]}: مدة الاحتفاظ لنشاط «{name_ar}» ({months_ar(months)}؛ {ar})", categories,
                reason_en=reason_en, reason_ar=reason_ar, months=months, obligation_only=obligation_only)


def unfounded(holds: Sequence[Hold]) -> list[str]:
    """The activities whose retention holds data with no recorded basis: gaps to review."""
    return [h.reference for h in holds if h.kind == "activity_retention" and h.unfounded]


def _until_all(kept: Sequence[Hold], lang: str) -> str:
    open_end = next((h for h in kept if h.ends is None), None)
    if open_end is not None:
        return open_end.until(lang)
    return ("حتى " if lang == "ar" else "until ") + format_date(max(h.ends for h in kept if h.ends), lang)


def _what(kept: Sequence[Hold], lang: str) -> str:
    categories = [c for h in kept for c in h.categories]
    return kept_categories(categories, lang) if categories else kept[0].kept(lang)


def _activity_lines(kept: Sequence[Hold], lang: str) -> list[str]:
    """The activities' retention holds for the banner: those with a recorded basis as one line under
    PDPL Art. 18 naming the bases, those without as one line that claims no article."""
    lines = []
    founded = [h for h in kept if not h.unfounded]
    stated = [h for h in kept if h.unfounded]
    if len(founded) == 1:
        lines.append(founded[0].summary(lang))
    elif founded:
        references = ", ".join(h.reference for h in founded)
        reasons = list(dict.fromkeys(r for h in founded if (r := h.reason(lang))))
        what, until = _what(founded, lang), _until_all(founded, lang)
        if lang == "ar":
            bases = f"؛ وأسسها المسجَّلة: {'؛ '.join(reasons)}" if reasons else ""
            lines.append(f"{what} — {PDPL_18[1]}: مدد الاحتفاظ {activities_ar(len(founded))} "
                         f"({isolated(references, lang)}){bases}، {until}")
        else:
            bases = f"; bases recorded: {'; '.join(reasons)}" if reasons else ""
            lines.append(f"{what} — {PDPL_18[0]}: the retention periods of {len(founded)} processing activities "
                         f"({references}){bases}, {until}")
    if len(stated) == 1:
        lines.append(stated[0].summary(lang))
    elif stated:
        references = ", ".join(h.reference for h in stated)
        i = 1 if lang == "ar" else 0
        head = STATED_ONLY_MANY[i].format(n=len(stated), references=isolated(references, lang),
                                          activities=activities_ar(len(stated)))
        lines.append(f"{_what(stated, lang)} — {head}{'، ' if lang == 'ar' else ', '}{_until_all(stated, lang)}")
    return lines


def compact(holds: Sequence[Hold], lang: str = "en") -> list[str]:
    """The holds in a few lines, each with what it keeps, its basis and its end: each AML, gag and order
    hold on its own, the activities' retention periods as one line (a store's every activity about
    customers keeps some of their data)."""
    lines = [h.summary(lang) for h in holds if h.kind != "activity_retention"]
    return lines + _activity_lines([h for h in holds if h.kind == "activity_retention"], lang)


# What a letter to the requester says of each end, in plain words (no register terms, no ISO dates)
PLAIN_ENDS = {
    "aml_retention": ("10 years after your relationship with us ends", "مرور عشر سنوات على انتهاء علاقتكم بنا"),
    "order": ("the court case is closed", "إغلاق القضية"),
}
# The law an activity's retention rests on: "Legal obligation" alone is a basis, not a law: a gap
RETENTION_LAW = ("The law that requires the retention of {reference}", "النظام الذي يوجب الاحتفاظ في {reference}")


def plain_until(hold: Hold, lang: str) -> str:
    """'until 1 May 2036', 'until 60 months after your relationship with us ends' (the requester's words)."""
    ar = lang == "ar"
    if hold.ends is not None:
        day = hold.ends
        months = MONTHS_AR if ar else MONTHS_EN
        end = f"{day.day} {months[day.month - 1]} {day.year}"
    elif hold.kind == "activity_retention" and hold.months:
        end = (f"مرور {months_ar(hold.months)} على انتهاء علاقتكم بنا" if ar
               else f"{hold.months} months after your relationship with us ends")
    else:
        end = PLAIN_ENDS.get(hold.kind, OPEN_ENDS.get(hold.kind, ("the request is closed", "إغلاق الطلب")))[ar]
    return ("حتى " if ar else "until ") + end


def _plain_until_all(kept: Sequence[Hold], lang: str) -> str:
    """The latest end of several holds, in plain words (an open end outlasts any date)."""
    open_ends = [h for h in kept if h.ends is None]
    if open_ends:
        return plain_until(max(open_ends, key=lambda h: h.months), lang)
    return plain_until(max(kept, key=lambda h: h.ends or dt.date.min), lang)


def for_requester(holds: Sequence[Hold], lang: str, gaps: Gaps | None = None) -> list[str]:
    """Both lists of `split_for_requester`, the required first."""
    required, stated = split_for_requester(holds, lang, gaps)
    return required + stated


def split_for_requester(holds: Sequence[Hold], lang: str,
                        gaps: Gaps | None = None) -> tuple[list[str], list[str]]:
    """What a letter tells the requester is kept, in two lists that never overlap:

    - required: the data a law requires us to keep (AML Law Art. 12, a court order, an activity's
      recorded legal retention basis — the law named: "Legal obligation" alone names no law, a gap);
    - stated: the data kept only under an activity's own stated retention period (no legal basis
      recorded: a gap to review, claiming no article), less any category already required.

    Each with its data, basis and plain-words end, without the register's references. A hold of an
    authority's request that forbids telling them (a gag) is never named (tipping off)."""
    ar = lang == "ar"
    i = 1 if ar else 0
    comma = "، " if ar else ", "
    required = []
    for hold in holds:
        if hold.kind in ("gag", "activity_retention"):
            continue
        basis = AML_BASIS if hold.kind == "aml_retention" else PDPL_18
        required.append(f"{hold.kept(lang)} — {basis[i]}{comma}{plain_until(hold, lang)}")
    kept = [h for h in holds if h.kind == "activity_retention"]
    founded = [h for h in kept if not h.unfounded]
    if founded:
        reasons = []
        for hold in founded:
            own = hold.reason_ar if ar else hold.reason_en
            if hold.obligation_only and gaps is not None:  # a basis, not a law: the law is to be named
                own = gaps.blank(RETENTION_LAW[i].format(reference=hold.reference))
            elif not own and gaps is not None:  # written only in the other language: never quoted as is
                own = gaps.quote(hold.reason(lang), ACTIVITY_REASON[i].format(reference=hold.reference))
            reasons.append(own or hold.reason(lang))
        bases = ("؛ " if ar else "; ").join(dict.fromkeys(r for r in reasons if r))
        what, until = _what(founded, lang), _plain_until_all(founded, lang)
        required.append(f"{what} — {PDPL_18[1]} (أساس الاحتفاظ: {bases})، {until}" if ar
                        else f"{what} — {PDPL_18[0]} (retention required by: {bases}), {until}")
    # the data a law already keeps are not listed again under the stated periods (AML: identity documents)
    covered = {c for h in founded for c in h.categories}
    if any(h.kind == "aml_retention" for h in holds):
        covered |= set(AML_CATEGORIES)
    stated_lines = []
    for_stated = [h for h in kept if h.unfounded]
    if for_stated and gaps is not None:
        gaps.missing.append(RETENTION_BASIS[i].format(references=", ".join(h.reference for h in for_stated)))
    categories = [c for h in for_stated for c in h.categories if c not in covered]
    if categories:
        holding = [h for h in for_stated if set(h.categories) - covered]
        stated_lines.append(f"{kept_categories(categories, lang)} — {STATED_ONLY_SUBJECT[i]}{comma}"
                            f"{_plain_until_all(holding, lang)}")
    elif for_stated and not covered:  # (an activity recording no categories)
        stated_lines.append(f"{_what(for_stated, lang)} — {STATED_ONLY_SUBJECT[i]}{comma}"
                            f"{_plain_until_all(for_stated, lang)}")
    return required, stated_lines


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
