"""Screening's messages (CLI lines, refusals) and the labels of a hit's reasons, in English and Arabic."""

from __future__ import annotations

from typing import Any

from compliance_desk.domain.countries import country_name

MESSAGES: dict[str, dict[str, str]] = {
    "list_refused": {
        "en": "{path} was not loaded: {reason}. The register is unchanged.",
        "ar": "لم تُحمَّل القائمة {path}: {reason}. لم يتغير السجل.",
    },
    "list_too_large": {
        "en": "the file is {size}, more than the {limit} a list file may be",
        "ar": "حجم الملف {size}، وهو أكبر من الحد المسموح لملف قائمة ({limit})",
    },
    "list_empty": {"en": "the file is empty", "ar": "الملف فارغ"},
    "list_not_xlsx": {"en": "it is not an xlsx workbook", "ar": "الملف ليس مصنف xlsx"},
    "list_not_xlsx_detail": {"en": "it is not a readable xlsx workbook ({detail})",
                             "ar": "الملف ليس مصنف xlsx مقروءاً ({detail})"},
    "list_zip_bomb": {
        "en": "the workbook would unpack to {size} (refused as a possible zip bomb)",
        "ar": "سيتمدد المصنف إلى {size} عند فك ضغطه (رُفض لاحتمال أن يكون قنبلة ضغط)",
    },
    "list_encoding": {
        "en": "line {line} is neither UTF-8 nor Arabic Windows-1256 text",
        "ar": "السطر {line} ليس نصاً بترميز UTF-8 ولا بترميز Windows-1256 العربي",
    },
    "list_malformed": {
        "en": "the XML is malformed at line {line}, column {column} ({detail})",
        "ar": "ملف XML غير سليم في السطر {line}، العمود {column} ({detail})",
    },
    "list_entities": {
        "en": "the XML declares entities (refused: an expansion such as a 'billion laughs' bomb could exhaust memory)",
        "ar": "يعرّف ملف XML كيانات (رُفض: قد يستنفد توسيعها الذاكرة كما في هجوم «مليار ضحكة»)",
    },
    "list_external": {
        "en": "the XML refers to an external entity or document type (refused: nothing is fetched from outside)",
        "ar": "يشير ملف XML إلى كيان أو تعريف مستند خارجي (رُفض: لا يُجلب شيء من الخارج)",
    },
    "list_not_un": {
        "en": "the XML's root element is <{found}>, not the UN list's <CONSOLIDATED_LIST>",
        "ar": "العنصر الجذري لملف XML هو <{found}> وليس <CONSOLIDATED_LIST> الخاص بقائمة الأمم المتحدة",
    },
    "list_no_entries": {"en": "no list entries were found in it", "ar": "لم يُعثر فيه على أي قيد"},
    "list_pcct_sheets": {
        "en": "no sheet has the PCCT list's header row (Full Name, Entities Name or Vessel Name); sheets found: {found}",
        "ar": "لا توجد ورقة فيها صف عناوين قائمة اللجنة الدائمة (Full Name أو Entities Name أو Vessel Name)؛ الأوراق الموجودة: {found}",
    },
    "list_csv_columns": {
        "en": "the CSV lacks the columns {missing} (found: {found})",
        "ar": "ينقص ملف CSV الأعمدة {missing} (الموجود: {found})",
    },
    "list_csv_line": {
        "en": "line {line} of the CSV cannot be read ({detail})",
        "ar": "تعذرت قراءة السطر {line} من ملف CSV ({detail})",
    },
    "list_kind_unknown": {
        "en": "its kind cannot be told from the file; give --kind un|pcct|opensanctions",
        "ar": "تعذر تحديد نوع القائمة من الملف؛ حدده باستخدام ‎--kind un|pcct|opensanctions‎",
    },
    "list_imported": {
        "en": "Loaded {reference}: {title}, {entries} entries (added {added}, changed {changed}, removed {removed}); SHA-256 {sha256}.",
        "ar": "حُمّل الإصدار {reference}: {title}، {entries} قيداً (أُضيف {added}، وعُدّل {changed}، وحُذف {removed})؛ بصمة SHA-256 {sha256}.",
    },
    "list_unchanged": {
        "en": "{path} is the file already loaded as {reference}; nothing was written.",
        "ar": "الملف {path} هو نفسه المحمّل بالإصدار {reference}؛ لم يُكتب شيء.",
    },
    "lists_none": {"en": "No sanctions list is loaded.", "ar": "لا توجد قائمة عقوبات محمّلة."},
    "screen_no_lists": {
        "en": "No sanctions list is loaded: load one with 'lists import' first.",
        "ar": "لا توجد قائمة عقوبات محمّلة: حمّل قائمة أولاً بالأمر ‎lists import‎.",
    },
    "screen_done": {
        "en": "{reference}: screened {customers} customer(s) against {lists} list version(s): {raised} new hit(s), "
              "{suppressed} decided false positive(s) not raised again, {lapsed} lapsed; {open} hit(s) to decide.",
        "ar": "{reference}: فُحص {customers} عميلاً مقابل {lists} من إصدارات القوائم: {raised} تطابقاً جديداً، و{suppressed} "
              "من التطابقات الخاطئة المقررة سابقاً لم تُثر مجدداً، و{lapsed} لم تعد قائمة؛ {open} بانتظار القرار.",
    },
    "screen_cancelled": {"en": "Screening cancelled; what was screened is recorded.",
                         "ar": "أُلغي الفحص؛ سُجّل ما فُحص حتى الإلغاء."},
    "customer_unknown": {"en": "No customer with reference {reference}.", "ar": "لا يوجد عميل بالمرجع {reference}."},
    "decide_done": {"en": "{hit}: {decision}.", "ar": "{hit}: {decision}."},
    "decide_restricted": {"en": "Customer {customer} is now restricted.", "ar": "أصبح العميل {customer} مقيّداً."},
}

REASONS: dict[str, tuple[str, str]] = {
    "name": ("Name “{customer}” against “{list}”: {points} points ({parts})",
             "الاسم «{customer}» مقابل «{list}»: {points} نقطة ({parts})"),
    "weak_alias": ("“{list}” is a low-quality alias on the list", "«{list}» اسم مستعار ضعيف الجودة في القائمة"),
    "not_a_person": ("The list entry is a {kind}, the customer a person: {points}",
                     "قيد القائمة {kind} والعميل شخص طبيعي: {points}"),
    "document_match": ("Document number {number} is on the list ({list}): {points}",
                       "رقم الوثيقة {number} مدرج في القائمة ({list}): {points}"),
    "dob_exact": ("Date of birth {customer} is the list's ({list}): {points}",
                  "تاريخ الميلاد {customer} هو نفسه في القائمة ({list}): {points}"),
    "dob_year": ("Year of birth agrees ({customer}; list: {list}): {points}",
                 "سنة الميلاد متوافقة ({customer}؛ القائمة: {list}): {points}"),
    "dob_same_year": ("Same year of birth, another day ({customer}; list: {list})",
                      "سنة الميلاد نفسها بيوم مختلف ({customer}؛ القائمة: {list})"),
    "dob_near": ("Year of birth near the list's approximate year ({customer}; list: {list}): {points}",
                 "سنة الميلاد قريبة من السنة التقريبية في القائمة ({customer}؛ القائمة: {list}): {points}"),
    "dob_close": ("Year of birth close to the list's ({customer}; list: {list})",
                  "سنة الميلاد قريبة مما في القائمة ({customer}؛ القائمة: {list})"),
    "dob_mismatch": ("Date of birth {customer} agrees with none of the list's ({list}): {points}",
                     "تاريخ الميلاد {customer} لا يتوافق مع أي مما في القائمة ({list}): {points}"),
    "dob_unknown": ("No date of birth to compare (list: {list})", "لا يوجد تاريخ ميلاد للمقارنة (القائمة: {list})"),
    "nationality_match": ("Nationality {customer} is on the list: {points}", "الجنسية {customer} مذكورة في القائمة: {points}"),
    "nationality_mismatch": ("Nationality {customer} is not the list's ({list}): {points}",
                             "الجنسية {customer} ليست مما في القائمة ({list}): {points}"),
    "gender_mismatch": ("Given name reads {customer}, the list says {list}: {points}",
                        "الاسم الأول يدل على {customer} والقائمة تذكر {list}: {points}"),
}
def isolate(value: object) -> str:
    return f"\u2068{value}\u2069"


_KINDS = {"entity": ("organisation", "كيان اعتباري"), "vessel": ("vessel", "سفينة")}
_GENDERS = {"m": ("male", "ذكر"), "f": ("female", "أنثى")}


def reason_text(reason: dict[str, Any], lang: str = "en") -> str:
    """A stored reason ({code, points, params}) as one line in `lang`."""
    en, ar = REASONS.get(reason.get("code", ""), ("{code}", "{code}"))
    params = {k: str(v) for k, v in (reason.get("params") or {}).items()}
    points = int(reason.get("points") or 0)
    params["points"] = f"{points:+d}" if reason.get("code") != "name" else str(points)
    params["code"] = str(reason.get("code"))
    if "kind" in params and params["kind"] in _KINDS:
        params["kind"] = _KINDS[params["kind"]][1 if lang == "ar" else 0]
    if reason.get("code") == "gender_mismatch":
        for key in ("customer", "list"):
            params[key] = _GENDERS.get(params.get(key, ""), (params.get(key, ""),) * 2)[1 if lang == "ar" else 0]
    for key in ("customer", "list"):
        if reason.get("code", "").startswith("nationality") and key in params:
            params[key] = ", ".join(country_name(c.strip(), lang) for c in params[key].split(","))
    text = ar if lang == "ar" else en
    if lang == "ar":   # names, dates and signed numbers keep their own order inside Arabic text
        params = {k: (f"\u2066{v}\u2069" if k == "points" else isolate(v)) for k, v in params.items()}
    try:
        return text.format(**params)
    except KeyError:
        return text
