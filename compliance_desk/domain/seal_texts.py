"""What `verify --seal/--file`, `seals` and the "Check a report" dialog say, in English and Arabic."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "seal_not_hex": {
        "en": "{seal} is not a seal: a seal is a hexadecimal hash (digits 0-9 and letters a-f, up to 64).",
        "ar": "{seal} ليس ختماً: الختم بصمة ست عشرية (أرقام 0-9 وحروف a-f، حتى 64 خانة).",
    },
    "seal_too_short": {
        "en": "The seal {seal} is too short: give at least {minimum} of its characters.",
        "ar": "الختم {seal} قصير جداً: أدخل {minimum} خانة منه على الأقل.",
    },
    "seal_not_found": {
        "en": "Seal {seal} is not in the audit chain of {path}: that report was not issued from this register.",
        "ar": "الختم {seal} ليس في سلسلة التدقيق للسجل {path}: لم يصدر ذلك التقرير من هذا السجل.",
    },
    "seal_ambiguous": {
        "en": "Seal {seal} matches more than one entry: give more of its characters.",
        "ar": "الختم {seal} يطابق أكثر من قيد: أدخل خانات أكثر منه.",
    },
    "seal_chain_broken": {
        "en": "The audit chain is broken at {where} ({detail}): the seal cannot be checked against it. Run verify.",
        "ar": "سلسلة التدقيق مكسورة عند {where} ({detail}): لا يمكن التحقق من الختم بها. شغّل أمر التحقق.",
    },
    "seal_found": {
        "en": "Seal {seal} is entry {entry} of this register, written {when} by {actor}.",
        "ar": "الختم {seal} هو القيد رقم {entry} في هذا السجل، كُتب في {when} بواسطة {actor}.",
    },
    "seal_not_export": {
        "en": "That entry records \"{action}\", not an export (a report printed from a read-only register carries "
              "the chain's head as it stood).",
        "ar": "يسجل ذلك القيد \"{action}\" وليس تصديراً (التقرير المطبوع من سجل مفتوح للقراءة فقط يحمل رأس "
              "السلسلة كما كان).",
    },
    "seal_exported": {
        "en": "Exported: {kind}, {format}, language {language}, period: {period}{record}; {identifiers}.",
        "ar": "المُصدَّر: {kind}، بصيغة {format}، باللغة {language}، الفترة: {period}{record}؛ {identifiers}.",
    },
    "seal_as_of": {
        "en": "It re-made a report as of entry {entry} ({when}).",
        "ar": "أعاد إنشاء تقرير كما كان السجل عند القيد رقم {entry} ({when}).",
    },
    "identifiers_masked": {"en": "identifiers masked", "ar": "المعرّفات مخفية"},
    "identifiers_revealed": {"en": "identifiers shown in full", "ar": "المعرّفات ظاهرة كاملة"},
    "seal_whole_period": {"en": "the whole register", "ar": "السجل كله"},
    "seal_record": {"en": ", record {record}", "ar": "، السجل الفردي {record}"},
    "seal_file_line": {
        "en": "  file {name}: SHA-256 {sha256}, {bytes} bytes",
        "ar": "  الملف {name}: بصمة SHA-256 هي {sha256}، وحجمه {bytes} بايت",
    },
    "seal_no_files": {
        "en": "No file hashes were recorded for this export (made before they were, or it did not finish).",
        "ar": "لم تُسجَّل بصمات ملفات لهذا التصدير (سبق تسجيلها أو لم يكتمل).",
    },
    "seal_unchanged": {
        "en": "No record changed since: the register still holds what the report shows ({other} later entries "
              "are exports, opens or backups).",
        "ar": "لم يتغير أي سجل منذ ذلك الحين: ما زال السجل يحوي ما يعرضه التقرير ({other} قيداً لاحقاً "
              "عمليات تصدير أو فتح أو نسخ احتياطي).",
    },
    "seal_changed": {
        "en": "Changes to records that followed: {count}, from entry {first} ({first_when}) to entry {last} ({last_when}):",
        "ar": "تغييرات على السجلات تلته: {count}، من القيد رقم {first} ({first_when}) إلى القيد رقم {last} ({last_when}):",
    },
    "seal_change_line": {"en": "  {register}: {action} × {count}", "ar": "  {register}: {action} × {count}"},
    "action_insert": {"en": "added", "ar": "إضافة"},
    "action_update": {"en": "changed", "ar": "تعديل"},
    "action_delete": {"en": "deleted", "ar": "حذف"},
    "action_migrate": {"en": "upgraded", "ar": "ترقية"},
    "file_found": {
        "en": "{name} (SHA-256 {sha256}) was produced from this register: entry {entry}, {kind}, {when}, by {actor}.",
        "ar": "الملف {name} (بصمة SHA-256 هي {sha256}) صدر من هذا السجل: القيد رقم {entry}، {kind}، في {when}، "
              "بواسطة {actor}.",
    },
    "file_changed": {
        "en": "{name} was changed after export: entry {entry} ({when}) produced a file of that name with SHA-256 "
              "{expected}; this file's is {sha256}.",
        "ar": "الملف {name} تغيّر بعد تصديره: أنتج القيد رقم {entry} ({when}) ملفاً بهذا الاسم بصمته {expected}، "
              "وبصمة هذا الملف {sha256}.",
    },
    "file_not_produced": {
        "en": "{name} (SHA-256 {sha256}) was not produced from this register: no export recorded that hash.",
        "ar": "الملف {name} (بصمة SHA-256 هي {sha256}) لم يصدر من هذا السجل: لم يسجّل أي تصدير هذه البصمة.",
    },
    "no_such_file": {"en": "no such file", "ar": "الملف غير موجود"},
    "as_of_kinds": {
        "en": "--as-of re-makes a PDF report (ropa, disclosures, kyc, record:REF), not {kind}.",
        "ar": "يعيد الخيار ‎--as-of‎ إنشاء تقرير PDF (ropa أو disclosures أو kyc أو record:REF)، وليس {kind}.",
    },
    "seals_none": {"en": "No export is recorded in this register.", "ar": "لا يوجد أي تصدير مسجل في هذا السجل."},
    "seals_written": {"en": "{count} exports listed in {path}.", "ar": "أُدرج {count} تصديراً في {path}."},
    "seal_option_conflict": {
        "en": "Give either --seal or --file, not both.",
        "ar": "أدخل ‎--seal‎ أو ‎--file‎، لا كليهما.",
    },
}
