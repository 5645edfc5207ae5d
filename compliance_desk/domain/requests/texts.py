"""The messages of data-subject requests (refusals, CLI lines), in English and Arabic."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "request_received_at": {
        "en": "'{value}' is not a date and time (use YYYY-MM-DD HH:MM, local time, or with Z / +03:00)",
        "ar": "القيمة '{value}' ليست تاريخاً ووقتاً (استخدم YYYY-MM-DD HH:MM بالتوقيت المحلي، أو مع Z أو ‎+03:00)",
    },
    "request_unknown_zone": {
        "en": "'{value}' is not a time zone (use an IANA name such as Asia/Riyadh)",
        "ar": "القيمة '{value}' ليست منطقة زمنية (استخدم اسماً مثل Asia/Riyadh)",
    },
    "request_no_rights": {"en": "say which right the request asks for", "ar": "حدد الحق المطلوب في الطلب"},
    "response_before_receipt": {
        "en": "a response cannot be dated before the request was received",
        "ar": "لا يمكن أن يكون تاريخ الرد قبل تاريخ استلام الطلب",
    },
    "extension_needs_notice": {
        "en": "an extension needs its ground, the reasons told to the requester and the date they were told "
              "in advance (PDPL Implementing Regulation Art. 3)",
        "ar": "يلزم للتمديد ذكر سببه والأسباب المبلغة لمقدم الطلب وتاريخ إبلاغه مسبقاً (المادة 3 من اللائحة "
              "التنفيذية لنظام حماية البيانات الشخصية)",
    },
    "extension_notice_late": {
        "en": "the requester must be told of the extension before the first due date ({due}); "
              "a notice dated later does not extend the period",
        "ar": "يجب إبلاغ مقدم الطلب بالتمديد قبل الموعد الأول ({due})؛ الإبلاغ بعده لا يمدد المهلة",
    },
    "extension_too_long": {
        "en": "an extension is at most {days} days", "ar": "لا يتجاوز التمديد {days} يوماً",
    },
    "extension_once": {
        "en": "{reference} was already extended once; the Regulation allows one extension only",
        "ar": "سبق تمديد الطلب {reference} مرة؛ لا تجيز اللائحة إلا تمديداً واحداً",
    },
    "extension_in_future": {
        "en": "the notice date cannot be in the future", "ar": "لا يمكن أن يكون تاريخ الإبلاغ في المستقبل",
    },
    "proof_of_authority_required": {
        "en": "a request made for someone else needs the proof of authority to act",
        "ar": "الطلب المقدم نيابة عن غيره يلزمه إثبات صفة النيابة",
    },
    "identity_needs_method": {
        "en": "say how the requester's identity was verified", "ar": "حدد طريقة التحقق من هوية مقدم الطلب",
    },
    "identity_document_not_theirs": {
        "en": "the identity document seen must be one of the requester's own KYC documents",
        "ar": "يجب أن تكون وثيقة الهوية المطلع عليها من وثائق مقدم الطلب نفسه في سجل اعرف عميلك",
    },
    "identity_before_grant": {
        "en": "the requester's identity must be verified before a right is granted (PDPL Implementing "
              "Regulation Art. 3)",
        "ar": "يجب التحقق من هوية مقدم الطلب قبل قبول أي حق (المادة 3 من اللائحة التنفيذية)",
    },
    "decision_needs_reason": {
        "en": "a refusal or a partial grant needs its reason code and the reasons given to the requester",
        "ar": "يلزم للرفض أو القبول الجزئي رمز السبب والأسباب المبينة لمقدم الطلب",
    },
    "request_needs_outcome": {
        "en": "decide the rights asked first (granted, partly granted or refused)",
        "ar": "يلزم البت في الحقوق المطلوبة أولاً (مقبول أو مقبول جزئياً أو مرفوض)",
    },
    "decisions_pending": {
        "en": "decide every right asked before answering ({rights})",
        "ar": "يلزم البت في كل حق مطلوب قبل الرد ({rights})",
    },
    "action_needs_grant": {
        "en": "an action is recorded only for a right granted in whole or in part",
        "ar": "لا يُسجل إجراء إلا لحق مقبول كلياً أو جزئياً",
    },
    "action_needs_date": {"en": "say when the action was taken", "ar": "حدد تاريخ اتخاذ الإجراء"},
    "hold_needs_override": {
        "en": "{holds_en} — only these data must be kept; to erase them anyway the decision needs the reason the "
              "holds are overridden",
        "ar": "{holds_ar} — يلزم الاحتفاظ بهذه البيانات وحدها؛ ولإتلافها رغم ذلك يلزم ذكرُ سبب تجاوز التزامات "
              "الاحتفاظ في القرار",
    },
    "aml_hold_needs_override": {
        "en": "{holds_en} — erasing these would breach AML Law Art. 12 (due-diligence records and ID copies are kept "
              "10 years after the relationship ends); to override it the decision needs its reason",
        "ar": "{holds_ar} — إتلاف هذه البيانات يخالف المادة 12 من نظام مكافحة غسل الأموال (تُحفظ سجلات العناية "
              "الواجبة وصور وثائق الهوية عشر سنوات بعد انتهاء العلاقة)؛ ولتجاوز ذلك يلزم ذكر سببه في القرار",
    },
    "answer_needs_response": {
        "en": "an answer needs its date and the way it was sent", "ar": "يلزم للرد تاريخه ووسيلة إرساله",
    },
    "request_closed": {
        "en": "{reference} is closed; it can no longer be changed.",
        "ar": "الطلب {reference} مغلق؛ لا يمكن تعديله.",
    },
    "request_not_found": {
        "en": "No data-subject request {reference} in this register.",
        "ar": "لا يوجد طلب صاحب بيانات بالمرجع {reference} في هذا السجل.",
    },
    "extension_recorded": {
        "en": "{reference} extended: the answer is now due by {due}.",
        "ar": "مُدِّد الطلب {reference}: موعد الرد الآن {due}.",
    },
    "letter_written": {"en": "Letter written to {path}.", "ar": "كُتب الخطاب في {path}."},
    "export_written": {"en": "Data export written to {path}.", "ar": "كُتب تصدير البيانات في {path}."},
    "letter_kind": {
        "en": "'{value}' is not a letter for this request's stage (choose: {choices})",
        "ar": "القيمة '{value}' ليست خطاباً يناسب مرحلة الطلب (اختر: {choices})",
    },
}
