"""Breaches' messages (refusals, CLI lines), in English and Arabic (merged into domain.messages)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "invalid_datetime": {
        "en": "'{value}' is not a date and time (use YYYY-MM-DD HH:MM)",
        "ar": "القيمة '{value}' ليست تاريخاً ووقتاً (استخدم الصيغة YYYY-MM-DD HH:MM)",
    },
    "datetime_has_offset": {
        "en": "'{value}': give the local time and put its zone in the time-zone field",
        "ar": "القيمة '{value}': أدخل الوقت المحلي واذكر منطقته في حقل المنطقة الزمنية",
    },
    "unknown_time_zone": {
        "en": "'{value}' is not a time zone (use a name such as Asia/Riyadh or Europe/London)",
        "ar": "القيمة '{value}' ليست منطقة زمنية (استخدم اسماً مثل Asia/Riyadh أو Europe/London)",
    },
    "count_approximate_unmarked": {
        "en": "'{value}' is an approximate number: tick \"The number is approximate\" and give the number",
        "ar": "القيمة '{value}' عدد تقريبي: اختر «العدد تقريبي» واكتب العدد",
    },
    "approximate_needs_count": {
        "en": "an approximate number needs the number",
        "ar": "يلزم ذكر العدد التقريبي",
    },
    "aware_in_future": {
        "en": "the time the organisation became aware cannot be in the future",
        "ar": "لا يمكن أن يكون وقت العلم بالحادثة في المستقبل",
    },
    "aware_before_occurred": {
        "en": "the organisation cannot have become aware before the breach occurred",
        "ar": "لا يمكن أن يسبق وقت العلم بالحادثة وقت وقوعه",
    },
    "discovered_after_aware": {
        "en": "the breach cannot have been discovered after the organisation became aware of it",
        "ar": "لا يمكن أن يكون اكتشاف الحادثة بعد وقت العلم بها",
    },
    "discovered_before_occurred": {
        "en": "the breach cannot have been discovered before it occurred",
        "ar": "لا يمكن أن يسبق اكتشاف الحادثة وقت وقوعها",
    },
    "notified_more_than_concerned": {
        "en": "more data subjects notified ({value}) than concerned ({count}): mark the number concerned as "
              "approximate or correct it",
        "ar": "عدد أصحاب البيانات المُشعَرين ({value}) أكبر من عدد المعنيين ({count}): اجعل العدد تقريبياً أو صحّحه",
    },
    "occurred_to_before_from": {
        "en": "the end of the breach cannot come before its start",
        "ar": "لا يمكن أن تسبق نهاية الحادثة بدايتها",
    },
    "time_in_future": {"en": "cannot be in the future", "ar": "لا يمكن أن يكون في المستقبل"},
    "time_before_aware": {
        "en": "cannot be before the organisation became aware of the breach",
        "ar": "لا يمكن أن يسبق وقت العلم بالحادثة",
    },
    "notified_before_aware": {
        "en": "SDAIA cannot have been notified before the organisation became aware of the breach",
        "ar": "لا يمكن أن يسبق إبلاغ سدايا وقت العلم بالحادثة",
    },
    "notified_but_not_notifiable": {
        "en": "SDAIA was notified: the decision cannot be \"not notifiable\"",
        "ar": "تم إبلاغ سدايا، فلا يصح أن يكون القرار «لا يلزم الإبلاغ»",
    },
    "late_reason_required": {
        "en": "the notice came more than {hours} hours after the organisation became aware: give the reason for the delay",
        "ar": "جاء الإبلاغ بعد أكثر من {hours} ساعة من العلم بالحادثة: اذكر سبب التأخر",
    },
    "breach_reason_required": {
        "en": "a decision not to notify SDAIA needs its reason",
        "ar": "يلزم ذكر سبب قرار عدم إبلاغ سدايا",
    },
    "breach_not_decided": {
        "en": "decide whether SDAIA is to be notified",
        "ar": "قرّر ما إذا كان يلزم إبلاغ سدايا",
    },
    "breach_subjects_not_decided": {
        "en": "decide whether the data subjects are to be notified",
        "ar": "قرّر ما إذا كان يلزم إشعار أصحاب البيانات",
    },
    "breach_notice_undecided": {
        "en": "{reference}: the decision to notify SDAIA is not recorded yet; record the assessment "
              "(or the decision \"Notify SDAIA\") before the notice.",
        "ar": "{reference}: لم يُسجَّل بعد قرار إبلاغ سدايا؛ سجّل التقييم (أو قرار «إبلاغ سدايا») قبل الإبلاغ.",
    },
    "breach_close_unnotified": {
        "en": "{reference} cannot be closed: SDAIA must be notified and has not been. Record the notice "
              "to SDAIA first, or decide, with the reason, that the breach is not notifiable.",
        "ar": "لا يمكن إغلاق الحادثة {reference}: يلزم إبلاغ سدايا ولم يتم الإبلاغ بعد. سجّل إبلاغ سدايا "
              "أولاً، أو قرّر مع ذكر السبب أن الحادثة لا يلزم الإبلاغ عنها.",
    },
    "breach_transition_not_allowed": {
        "en": "{reference} is at the stage '{stage}'; it cannot move to '{target}'.",
        "ar": "حادثة التسرب {reference} في مرحلة '{stage}'؛ لا يمكن نقلها إلى '{target}'.",
    },
    "breach_not_notifiable": {
        "en": "{reference} was decided not notifiable; it moves to contained without a notice.",
        "ar": "تقرر أن حادثة التسرب {reference} لا يلزم الإبلاغ عنها؛ تنتقل إلى الاحتواء دون إبلاغ.",
    },
    "breach_open_steps": {
        "en": "{reference} still has {count} open containment or remediation step(s) (e.g. '{action}'); "
              "mark them done before closing it.",
        "ar": "لحادثة التسرب {reference} خطوات احتواء أو معالجة مفتوحة عددها {count} (مثل '{action}')؛ "
              "سجّل إنجازها قبل إغلاقها.",
    },
    "breach_closed": {
        "en": "{reference} is closed; a closed breach cannot be changed.",
        "ar": "حادثة التسرب {reference} مغلقة؛ لا يمكن تعديل حادثة مغلقة.",
    },
    "breach_letter_undecided": {
        "en": "{reference}: the decision to notify the data subjects is not recorded yet; record it "
              "(assessment or containment) before writing the letter to them.",
        "ar": "{reference}: لم يُسجَّل بعد قرار إشعار أصحاب البيانات؛ سجّله (في التقييم أو الاحتواء) "
              "قبل إعداد الخطاب الموجّه إليهم.",
    },
    "breach_letter_not_required": {
        "en": "{reference}: it was decided that the data subjects need not be told; no letter is written to them.",
        "ar": "{reference}: تقرر أنه لا يلزم إشعار أصحاب البيانات؛ فلا يُعدّ خطاب إليهم.",
    },
    "breach_created": {"en": "Recorded {reference}: {clock}.", "ar": "سُجِّل {reference}: {clock}."},
    "breach_moved": {"en": "{reference} is now '{stage}'.", "ar": "أصبح {reference} في مرحلة '{stage}'."},
}
