"""The records of the registers, declared once: fields, kinds, vocabularies and bilingual labels.

Storage derives its validation from these declarations, the UI its forms, reports their columns,
imports their column names. The SQL schema must hold exactly these columns (a test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.requests import vocab as rv

# Kinds of field and what they hold once validated:
#   text, longtext -> str        date -> "YYYY-MM-DD"      int -> int      bool -> 0/1
#   code -> str in vocabulary    codes -> list[str] in vocabulary (stored as JSON)
#   country -> ISO 3166 alpha-2  ref -> id of a row of `target`
#   datetime -> "YYYY-MM-DDTHH:MM", wall-clock time in the record's own zone (breaches: `time_zone`)
KINDS = frozenset({"text", "longtext", "date", "datetime", "int", "bool", "code", "codes", "country", "ref"})


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    en: str
    ar: str
    vocabulary: v.Vocabulary | None = None
    required: bool = False
    target: str | None = None  # for kind "ref": the entity name
    sensitive: bool = False  # masked in reports and tables unless asked
    default: object = None

    def label(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


@dataclass(frozen=True)
class Entity:
    name: str
    table: str
    en: str
    ar: str
    fields: tuple[Field, ...]
    prefix: str | None = None  # human reference prefix, e.g. "PA"
    one_of: tuple[str, ...] = ()  # at least one of these must be non-empty
    search: tuple[str, ...] = ()  # fields folded into the full-text index
    _by_name: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for f in self.fields:
            if f.kind not in KINDS:
                raise ValueError(f"{self.name}.{f.name}: unknown kind {f.kind}")
            self._by_name[f.name] = f

    def field(self, name: str) -> Field:
        return self._by_name[name]

    def has(self, name: str) -> bool:
        return name in self._by_name

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def label(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


F = Field
NOTES = F("notes", "longtext", "Notes", "ملاحظات")

ORGANISATION = Entity("organisation", "organisation", "Organisation", "المنشأة", (
    F("legal_name_ar", "text", "Legal name (Arabic)", "الاسم النظامي (بالعربية)"),
    F("legal_name_en", "text", "Legal name (English)", "الاسم النظامي (بالإنجليزية)"),
    F("commercial_registration", "text", "Commercial registration no.", "رقم السجل التجاري"),
    F("address", "longtext", "Address", "العنوان"),
    F("address_en", "longtext", "Address (English)", "العنوان (بالإنجليزية)"),
    F("country", "country", "Country", "الدولة"),
    F("officer_name", "text", "Data protection officer", "مسؤول حماية البيانات"),
    F("officer_email", "text", "Officer's e-mail", "البريد الإلكتروني للمسؤول"),
    F("officer_phone", "text", "Officer's phone", "هاتف المسؤول"),
    F("aml_officer_name", "text", "AML compliance officer", "مسؤول الالتزام بمكافحة غسل الأموال"),
    F("aml_officer_email", "text", "AML officer's e-mail", "البريد الإلكتروني لمسؤول مكافحة غسل الأموال"),
    F("aml_officer_phone", "text", "AML officer's phone", "هاتف مسؤول مكافحة غسل الأموال"),
    F("regulators", "longtext", "Regulators", "الجهات الرقابية"),
    F("default_language", "code", "Default report language", "لغة التقارير الافتراضية",
      v.REPORT_LANGUAGES, default="ar"),
    # document control printed on every report's cover; each export may override them
    F("report_version", "text", "Reports: document version", "التقارير: رقم الإصدار"),
    F("report_prepared_by", "text", "Reports: prepared by", "التقارير: أعدّها"),
    F("report_approved_by", "text", "Reports: approved by", "التقارير: اعتمدها"),
    F("report_distribution", "text", "Reports: distribution", "التقارير: جهات التوزيع"),
    NOTES,
    # what the privacy notice tells data subjects (domain/notice.py); the answer time is PDPL
    # Implementing Regulation Art. 3: 30 days, extendable once by 30 days with notice and reasons
    F("website", "text", "Website", "الموقع الإلكتروني"),
    F("rights_channels", "codes", "Rights requests: channels", "طلبات الحقوق: وسائل التقديم", v.REQUEST_CHANNELS),
    F("rights_email", "text", "Rights requests: e-mail", "طلبات الحقوق: البريد الإلكتروني"),
    F("rights_phone", "text", "Rights requests: phone", "طلبات الحقوق: الهاتف"),
    F("rights_web_form", "text", "Rights requests: web form (address)", "طلبات الحقوق: النموذج الإلكتروني (الرابط)"),
    F("rights_postal_address", "longtext", "Rights requests: postal address", "طلبات الحقوق: العنوان البريدي"),
    # each free text the notice quotes is kept in English and in Arabic (the notice is written in both)
    F("rights_fee", "text", "Rights requests: fee (English; blank: free of charge)",
      "طلبات الحقوق: الرسوم (بالإنجليزية؛ فارغ: بلا رسوم)"),
    F("rights_fee_ar", "text", "Rights requests: fee (Arabic)", "طلبات الحقوق: الرسوم (بالعربية)"),
    F("rights_answer_days", "int", "Rights requests: answer within (days; blank: 30)",
      "طلبات الحقوق: مدة الرد بالأيام (فارغ: 30)"),
    F("identity_check", "longtext", "How a requester's identity is checked (English)",
      "طريقة التحقق من هوية مقدم الطلب (بالإنجليزية)"),
    F("identity_check_ar", "longtext", "How a requester's identity is checked (Arabic)",
      "طريقة التحقق من هوية مقدم الطلب (بالعربية)"),
    F("cookie_statement", "longtext", "Cookie statement (English)", "بيان ملفات تعريف الارتباط (بالإنجليزية)"),
    F("cookie_statement_ar", "longtext", "Cookie statement (Arabic)", "بيان ملفات تعريف الارتباط (بالعربية)"),
    # the organisation's legal clocks (data-subject requests) run in this IANA zone; blank: Asia/Riyadh
    F("time_zone", "text", "Time zone of legal clocks (blank: Asia/Riyadh)",
      "المنطقة الزمنية للمواعيد النظامية (فارغ: Asia/Riyadh)"),
), one_of=("legal_name_ar", "legal_name_en"))

RECIPIENT = Entity("recipient", "recipients", "Recipient", "جهة مستلمة", (
    F("name_ar", "text", "Name (Arabic)", "الاسم (بالعربية)"),
    F("name_en", "text", "Name (English)", "الاسم (بالإنجليزية)"),
    F("recipient_type", "code", "Type", "النوع", v.PARTY_TYPES, required=True),
    F("country", "country", "Country", "الدولة"),
    F("role", "text", "Role", "الدور"),
    # who they are and what they do with the data, as the privacy notice says it to the public: a type
    # such as "business partners" alone tells a reader nothing
    F("description", "longtext", "Who they are, for the privacy notice (English)",
      "من هي الجهة، لإشعار الخصوصية (بالإنجليزية)"),
    F("description_ar", "longtext", "Who they are, for the privacy notice (Arabic)",
      "من هي الجهة، لإشعار الخصوصية (بالعربية)"),
    F("contract_reference", "text", "Contract / DPA reference", "مرجع العقد أو اتفاقية المعالجة"),
    F("status", "code", "Status", "الحالة", v.RECIPIENT_STATUSES, default="active"),
    NOTES,
), prefix="REC", one_of=("name_ar", "name_en"), search=("name_ar", "name_en", "role", "notes"))

ACTIVITY = Entity("activity", "activities", "Processing activity", "نشاط معالجة", (
    F("name_ar", "text", "Name (Arabic)", "الاسم (بالعربية)"),
    F("name_en", "text", "Name (English)", "الاسم (بالإنجليزية)"),
    F("description", "longtext", "Description", "الوصف"),
    F("department", "text", "Owning department", "الإدارة المسؤولة"),
    F("role", "code", "Role", "الصفة", v.PROCESSING_ROLES, default="controller"),
    F("purposes", "codes", "Purposes", "الأغراض", v.PURPOSES),
    F("purpose_details", "longtext", "Purpose details (English)", "تفاصيل الأغراض (بالإنجليزية)"),
    F("purpose_details_ar", "longtext", "Purpose details (Arabic)", "تفاصيل الأغراض (بالعربية)"),
    F("legal_bases", "codes", "Legal bases", "الأساس النظامي", v.LEGAL_BASES),
    # the law a "legal obligation" basis rests on, as the privacy notice names it (PDPL Art. 13: the
    # statutory basis of the collection; "what the law obliges us to do" alone names no law)
    F("legal_obligation_law", "text", "Law that obliges the processing (English)",
      "النظام الذي يُلزم بالمعالجة (بالإنجليزية)"),
    F("legal_obligation_law_ar", "text", "Law that obliges the processing (Arabic)",
      "النظام الذي يُلزم بالمعالجة (بالعربية)"),
    F("subject_categories", "codes", "Data subjects", "فئات أصحاب البيانات", v.SUBJECT_CATEGORIES),
    F("data_categories", "codes", "Personal data categories", "فئات البيانات الشخصية", v.DATA_CATEGORIES),
    # the data items actually collected, one per line (the notice names the category alone without them)
    F("data_items", "longtext", "Data items collected (English, one per line)",
      "عناصر البيانات المجموعة (بالإنجليزية، عنصر في كل سطر)"),
    F("data_items_ar", "longtext", "Data items collected (Arabic, one per line)",
      "عناصر البيانات المجموعة (بالعربية، عنصر في كل سطر)"),
    # what happens if the data subject does not provide the data (PDPL Art. 13)
    F("consequences", "longtext", "If the data is not provided (English)", "إذا لم تُقدَّم البيانات (بالإنجليزية)"),
    F("consequences_ar", "longtext", "If the data is not provided (Arabic)", "إذا لم تُقدَّم البيانات (بالعربية)"),
    F("sources", "codes", "Sources", "مصادر البيانات", v.SOURCES),
    F("retention_period", "text", "Retention period (English)", "مدة الاحتفاظ (بالإنجليزية)"),
    F("retention_period_ar", "text", "Retention period (Arabic)", "مدة الاحتفاظ (بالعربية)"),
    F("retention_months", "int", "Retention (months)", "مدة الاحتفاظ (بالأشهر)"),
    F("retention_event", "text", "Retention starts at (English)", "يبدأ الاحتفاظ من (بالإنجليزية)"),
    F("retention_event_ar", "text", "Retention starts at (Arabic)", "يبدأ الاحتفاظ من (بالعربية)"),
    F("retention_reason", "text", "Reason for retention (English)", "سبب الاحتفاظ (بالإنجليزية)"),
    F("retention_reason_ar", "text", "Reason for retention (Arabic)", "سبب الاحتفاظ (بالعربية)"),
    # the means of storage, where and how the data are kept (PDPL Art. 12)
    F("storage_means", "longtext", "How and where the data is stored (English)",
      "وسيلة حفظ البيانات ومكانها (بالإنجليزية)"),
    F("storage_means_ar", "longtext", "How and where the data is stored (Arabic)",
      "وسيلة حفظ البيانات ومكانها (بالعربية)"),
    # the data goes to no one outside the organisation: "no recipient" confirmed, not merely not recorded
    F("no_outside_recipients", "bool", "No recipients outside the organisation", "لا جهات مستلمة خارج المنشأة",
      default=0),
    F("security_measures", "codes", "Security measures", "التدابير الأمنية", v.SECURITY_MEASURES),
    F("security_details", "longtext", "Security details", "تفاصيل التدابير الأمنية"),
    F("automated_decisions", "bool", "Automated decisions or profiling", "قرارات آلية أو تنميط", default=0),
    F("automated_details", "longtext", "Automated decisions: details (English)",
      "تفاصيل القرارات الآلية (بالإنجليزية)"),
    F("automated_details_ar", "longtext", "Automated decisions: details (Arabic)", "تفاصيل القرارات الآلية (بالعربية)"),
    F("dpia_required", "bool", "DPIA required", "يلزم تقييم الأثر", default=0),
    F("dpia_done", "bool", "DPIA done", "أُجري تقييم الأثر", default=0),
    F("systems", "text", "Systems used", "الأنظمة المستخدمة"),
    F("status", "code", "Status", "الحالة", v.ACTIVITY_STATUSES, default="draft"),
    F("last_review", "date", "Last review", "آخر مراجعة"),
    F("next_review", "date", "Next review due", "موعد المراجعة القادمة"),
    NOTES,
), prefix="PA", one_of=("name_ar", "name_en"),
   search=("name_ar", "name_en", "description", "department", "systems", "notes"))

ACTIVITY_RECIPIENT = Entity("activity_recipient", "activity_recipients", "Activity recipient",
                            "جهة مستلمة للنشاط", (
    F("activity_id", "ref", "Activity", "النشاط", required=True, target="activity"),
    F("recipient_id", "ref", "Recipient", "الجهة المستلمة", required=True, target="recipient"),
    F("purpose", "text", "Why they receive it", "سبب الإفصاح لها"),
))

TRANSFER = Entity("transfer", "transfers", "Transfer abroad", "نقل خارج المملكة", (
    F("activity_id", "ref", "Activity", "النشاط", required=True, target="activity"),
    F("country", "country", "Country", "الدولة", required=True),
    F("recipient_id", "ref", "Recipient", "الجهة المستلمة", target="recipient"),
    F("safeguard", "code", "Safeguard", "الضمانة", v.SAFEGUARDS, default="none"),
    NOTES,
))

CUSTOMER = Entity("customer", "customers", "Customer", "عميل", (
    F("client_ref", "text", "Client reference", "رقم العميل", required=True),
    F("full_name_ar", "text", "Full name (Arabic)", "الاسم الكامل (بالعربية)"),
    F("full_name_en", "text", "Full name (Latin)", "الاسم الكامل (بالحروف اللاتينية)"),
    F("date_of_birth", "date", "Date of birth", "تاريخ الميلاد", sensitive=True),
    F("nationality", "country", "Nationality", "الجنسية"),
    F("country", "country", "Country of residence", "بلد الإقامة"),
    F("phone", "text", "Phone (E.164)", "الهاتف", sensitive=True),
    F("email", "text", "E-mail", "البريد الإلكتروني", sensitive=True),
    F("address", "longtext", "Full address", "العنوان الكامل", sensitive=True),
    F("city_code", "text", "Postal code", "الرمز البريدي"),
    F("risk_rating", "code", "Risk rating", "درجة المخاطر", v.RISK_RATINGS, default="low"),
    F("pep", "bool", "Politically exposed person", "شخص سياسي ممثل للمخاطر", default=0),
    F("status", "code", "Status", "الحالة", v.CUSTOMER_STATUSES, default="pending"),
    F("refusal_note", "longtext", "Refusal note", "ملاحظة الرفض"),
    F("last_verified", "date", "Last verified", "تاريخ آخر تحقق"),
    F("next_review", "date", "Re-verification due", "موعد إعادة التحقق"),
    NOTES,
), prefix="CUS", one_of=("full_name_ar", "full_name_en"),
   search=("client_ref", "full_name_ar", "full_name_en", "email", "phone", "city_code", "notes"))

DOCUMENT = Entity("document", "documents", "Document", "وثيقة", (
    F("customer_id", "ref", "Customer", "العميل", required=True, target="customer"),
    F("doc_type", "code", "Type", "النوع", v.DOCUMENT_TYPES, required=True),
    F("number", "text", "Number", "الرقم", sensitive=True),
    F("issuing_country", "country", "Issuing country", "بلد الإصدار"),
    F("issue_date", "date", "Issue date", "تاريخ الإصدار"),
    F("expiry_date", "date", "Expiry date", "تاريخ الانتهاء"),
    F("mrz", "longtext", "MRZ lines", "المنطقة المقروءة آلياً", sensitive=True),
    NOTES,
))

CHECK = Entity("check", "checks", "Check", "فحص", (
    F("document_id", "ref", "Document", "الوثيقة", required=True, target="document"),
    F("checked_on", "date", "Checked on", "تاريخ الفحص", required=True),
    F("checked_by", "text", "Checked by", "الفاحص"),
    F("method", "code", "Method", "الطريقة", v.CHECK_METHODS, default="original_seen"),
    F("result", "code", "Result", "النتيجة", v.CHECK_RESULTS, required=True),
    F("reason_codes", "codes", "Reasons", "الأسباب", v.REASON_CODES),
    F("override_reason", "longtext", "Override reason", "سبب التجاوز"),
    F("next_review", "date", "Next review due", "موعد المراجعة القادمة"),
    NOTES,
))

DISCLOSURE = Entity("disclosure", "disclosures", "Third-party disclosure", "إفصاح لطرف ثالث", (
    F("received_date", "date", "Received", "تاريخ الاستلام", required=True),
    F("channel", "code", "Channel", "قناة الاستلام", v.CHANNELS, default="letter"),
    F("requester_type", "code", "Requester type", "نوع الجهة الطالبة", v.PARTY_TYPES, required=True),
    F("requester_name", "text", "Requesting party", "الجهة الطالبة", required=True),
    F("requester_contact", "text", "Requester contact", "بيانات التواصل مع الجهة"),
    F("requester_reference", "text", "Requester's reference", "مرجع الجهة الطالبة"),
    F("request_type", "code", "Request type", "نوع الطلب", v.REQUEST_TYPES, required=True),
    F("legal_ground", "longtext", "Legal ground cited", "السند النظامي المستند إليه"),
    F("jurisdiction", "country", "Jurisdiction", "الاختصاص القضائي"),
    F("emergency", "bool", "Emergency", "طارئ", default=0),
    F("subject_count", "int", "Subjects concerned", "عدد أصحاب البيانات المعنيين"),
    F("accounts", "int", "Accounts requested", "عدد الحسابات المطلوبة"),
    F("categories_requested", "codes", "Data requested", "البيانات المطلوبة", v.DATA_CATEGORIES),
    F("categories_disclosed", "codes", "Data disclosed", "البيانات المفصح عنها", v.DATA_CATEGORIES),
    F("content_type", "code", "Content or non-content", "محتوى أو غير محتوى", v.CONTENT_TYPES),
    F("due_date", "date", "Due", "تاريخ الاستحقاق"),
    F("stage", "code", "Stage", "المرحلة", v.DISCLOSURE_STAGES, default="received"),
    F("legal_review_required", "bool", "Legal review required", "تلزم مراجعة قانونية", default=1),
    F("counsel_name", "text", "Counsel consulted", "المستشار القانوني"),
    F("review_date", "date", "Legal review date", "تاريخ المراجعة القانونية"),
    F("legal_opinion", "longtext", "Legal opinion", "الرأي القانوني"),
    F("decision", "code", "Decision", "القرار", v.DECISIONS, default="pending"),
    F("decision_reason", "longtext", "Reason for the decision", "سبب القرار"),
    F("decided_on", "date", "Decided on", "تاريخ القرار"),
    F("decided_by", "text", "Decided by", "متخذ القرار"),
    F("disclosed_date", "date", "Disclosed on", "تاريخ الإفصاح"),
    F("disclosure_method", "code", "Disclosure method", "طريقة الإفصاح", v.DISCLOSURE_METHODS),
    F("disclosure_volume", "text", "Volume disclosed", "حجم البيانات المفصح عنها"),
    F("subject_notification", "code", "Subject notification", "إشعار صاحب البيانات",
      v.NOTIFICATIONS, default="not_notified"),
    F("notification_deferred_until", "date", "Notification deferred until", "الإشعار مؤجل حتى"),
    F("closed_date", "date", "Closed on", "تاريخ الإغلاق"),
    NOTES,
), prefix="DSC", search=("requester_name", "requester_reference", "legal_ground", "notes"))

DISCLOSURE_CUSTOMER = Entity("disclosure_customer", "disclosure_customers", "Subject of a disclosure",
                             "صاحب بيانات في إفصاح", (
    F("disclosure_id", "ref", "Disclosure", "الإفصاح", required=True, target="disclosure"),
    F("customer_id", "ref", "Customer", "العميل", required=True, target="customer"),
))

DISCLOSURE_ACTIVITY = Entity("disclosure_activity", "disclosure_activities", "Activity concerned",
                             "نشاط معني بالإفصاح", (
    F("disclosure_id", "ref", "Disclosure", "الإفصاح", required=True, target="disclosure"),
    F("activity_id", "ref", "Activity", "النشاط", required=True, target="activity"),
))

ATTACHMENT = Entity("attachment", "attachments", "Attachment", "مرفق", (
    F("disclosure_id", "ref", "Disclosure", "الإفصاح", target="disclosure"),
    F("document_id", "ref", "Document", "الوثيقة", target="document"),
    F("activity_id", "ref", "Activity", "النشاط", target="activity"),
    F("name", "text", "File name", "اسم الملف", required=True),
    F("media_type", "text", "Media type", "نوع الملف", required=True),
    F("size", "int", "Size (bytes)", "الحجم (بايت)", required=True),
    F("sha256", "text", "SHA-256", "بصمة SHA-256", required=True),
    NOTES,
    # migration 0008: evidence of a breach, and the papers of a data-subject request (its table
    # comes with migration 0007, so the column has no foreign key)
    F("breach_id", "ref", "Breach", "حادثة التسرب", target="breach"),
    F("request_id", "ref", "Data-subject request", "طلب صاحب البيانات", target="request"),
))

# The officer's acknowledgements and snoozes of action-queue items (domain/queue.py): kept, and
# audited like every row, so who silenced which reminder, when and why stays on record.
QUEUE_MARK = Entity("queue_mark", "queue_marks", "Action queue mark", "إشارة على بند في قائمة المهام", (
    F("item_key", "text", "Queue item", "بند القائمة", required=True),
    F("record_reference", "text", "Record", "السجل"),
    F("mark", "code", "Mark", "الإشارة", v.QUEUE_MARKS, required=True),
    F("stage", "code", "Stage when marked", "المرحلة عند الإشارة", v.QUEUE_STAGES, required=True),
    F("item_due", "date", "Deadline when marked", "الموعد عند الإشارة"),
    F("snoozed_until", "date", "Snoozed until", "مؤجل حتى"),
    F("reason", "longtext", "Reason", "السبب"),
    F("marked_by", "text", "Marked by", "بواسطة"),
))

# Sanctions and PEP screening (issue 19). A list version is one imported file (its SHA-256 is in
# the audit chain); its entries are the file's content, one row each; a screening run screens
# customers against the current versions; a hit is a customer and an entry that scored at least
# the alert threshold, with the reasons and the officer's decision.
LIST_VERSION = Entity("list_version", "list_versions", "Sanctions list version", "إصدار قائمة عقوبات", (
    F("source", "code", "List", "القائمة", v.LIST_SOURCES, required=True),
    F("title", "text", "Title", "العنوان", required=True),
    F("file_name", "text", "File", "الملف", required=True),
    F("sha256", "text", "SHA-256 of the file", "بصمة SHA-256 للملف", required=True),
    F("generated", "text", "Generated by the publisher", "تاريخ الإصدار لدى الناشر"),
    F("entry_count", "int", "Entries", "عدد القيود", required=True),
    F("individuals", "int", "Individuals", "الأفراد", default=0),
    F("entities", "int", "Entities", "الكيانات", default=0),
    F("vessels", "int", "Vessels", "السفن", default=0),
    F("added", "int", "Added", "المضافة", default=0),
    F("changed", "int", "Changed", "المعدلة", default=0),
    F("removed", "int", "Removed", "المحذوفة", default=0),
    F("previous_id", "ref", "Previous version", "الإصدار السابق", target="list_version"),
    F("status", "code", "Status", "الحالة", v.LIST_VERSION_STATUSES, default="current"),
    NOTES,
), prefix="LST")

LIST_ENTRY = Entity("list_entry", "list_entries", "List entry", "قيد في قائمة", (
    F("version_id", "ref", "List version", "إصدار القائمة", required=True, target="list_version"),
    F("entry_ref", "text", "List reference", "مرجع القائمة", required=True),
    F("kind", "code", "Kind", "النوع", v.ENTRY_KINDS, required=True),
    F("name", "text", "Name", "الاسم", required=True),
    F("name_original", "text", "Name in original script", "الاسم بالحروف الأصلية"),
    F("listed_on", "date", "Listed on", "تاريخ الإدراج"),
    F("program", "text", "Regime or programme", "نظام العقوبات"),
    F("content", "longtext", "Entry (as listed)", "القيد كما ورد", required=True),
    F("content_hash", "text", "SHA-256 of the entry", "بصمة SHA-256 للقيد", required=True),
))

SCREENING_RUN = Entity("screening_run", "screening_runs", "Screening run", "عملية فحص", (
    F("started_at", "text", "Started (UTC)", "البدء (UTC)", required=True),
    F("finished_at", "text", "Finished (UTC)", "الانتهاء (UTC)"),
    F("trigger", "code", "Trigger", "السبب", v.SCREENING_TRIGGERS, required=True),
    F("scope", "text", "Customers screened", "العملاء المفحوصون", required=True),
    F("versions", "longtext", "List versions used", "إصدارات القوائم المستخدمة", required=True),
    F("threshold", "int", "Alert threshold", "حد التنبيه", required=True),
    F("customers", "int", "Customers", "العملاء", default=0),
    F("raised", "int", "New hits", "التطابقات الجديدة", default=0),
    F("suppressed", "int", "Decided false positives not raised again", "تطابقات خاطئة سبق البت فيها", default=0),
    F("lapsed", "int", "Hits no longer matching", "تطابقات لم تعد قائمة", default=0),
    F("status", "code", "Status", "الحالة", v.SCREENING_RUN_STATUSES, default="complete"),
), prefix="SCR")

SCREENING_HIT = Entity("screening_hit", "screening_hits", "Screening hit", "تطابق فحص", (
    F("customer_id", "ref", "Customer", "العميل", required=True, target="customer"),
    F("entry_id", "ref", "List entry", "قيد القائمة", required=True, target="list_entry"),
    F("version_id", "ref", "List version", "إصدار القائمة", required=True, target="list_version"),
    F("run_id", "ref", "Screening run", "عملية الفحص", target="screening_run"),
    F("source", "code", "List", "القائمة", v.LIST_SOURCES, required=True),
    F("entry_ref", "text", "List reference", "مرجع القائمة", required=True),
    F("entry_hash", "text", "SHA-256 of the entry", "بصمة SHA-256 للقيد", required=True),
    F("customer_hash", "text", "SHA-256 of the customer's details", "بصمة SHA-256 لبيانات العميل", required=True),
    F("score", "int", "Score", "الدرجة", required=True),
    F("name_score", "int", "Name score", "درجة الاسم", required=True),
    F("customer_name", "text", "Customer's name compared", "اسم العميل المقارن"),
    F("listed_name", "text", "Listed name", "الاسم في القائمة"),
    F("reasons", "longtext", "Reasons", "الأسباب", required=True),
    F("decision", "code", "Decision", "القرار", v.HIT_DECISIONS, default="open"),
    F("decision_reason", "longtext", "Reason for the decision", "سبب القرار"),
    F("decided_by", "text", "Decided by", "متخذ القرار"),
    F("decided_at", "text", "Decided (UTC)", "وقت القرار (UTC)"),
    F("first_seen", "text", "First raised (UTC)", "أول ظهور (UTC)", required=True),
    F("last_seen", "text", "Last screened (UTC)", "آخر فحص (UTC)", required=True),
), prefix="HIT")

# Data-subject requests (issue 17; rules in domain/requests/). `received_at` is the moment as told
# (ISO with the organisation's UTC offset); `received_date`, `first_due_date` and `due_date` are
# derived from it by domain.requests.deadlines in the organisation's time zone, and stored so the
# queue and the reports can select in SQL.
REQUEST = Entity("request", "requests", "Data-subject request", "طلب صاحب بيانات", (
    F("received_at", "text", "Received (date and time)", "وقت الاستلام", required=True),
    F("received_date", "date", "Received on", "تاريخ الاستلام", required=True),
    F("channel", "code", "Channel", "وسيلة التقديم", v.REQUEST_CHANNELS, required=True, default="email"),
    F("customer_id", "ref", "Customer", "العميل", target="customer"),
    F("requester_name", "text", "Requester", "مقدم الطلب"),
    F("requester_contact", "text", "Requester's contact", "بيانات التواصل مع مقدم الطلب", sensitive=True),
    F("on_behalf", "bool", "Acting for someone else", "يتصرف نيابة عن غيره", default=0),
    F("subject_name", "text", "Data subject (when acting for them)", "صاحب البيانات (عند النيابة)"),
    F("authority_proof", "longtext", "Proof of authority to act", "إثبات صفة النيابة"),
    F("rights", "codes", "Rights asked", "الحقوق المطلوبة", v.RIGHTS),
    F("data_concerned", "longtext", "Data and processing concerned", "البيانات والمعالجة المعنية"),
    F("identity_requested_on", "date", "Proof of identity asked on", "تاريخ طلب إثبات الهوية"),
    F("identity_method", "code", "Identity verified by", "طريقة التحقق من الهوية", rv.IDENTITY_METHODS),
    F("identity_document_id", "ref", "Identity document seen", "وثيقة الهوية المطلع عليها", target="document"),
    F("identity_checked_by", "text", "Identity checked by", "المتحقق من الهوية"),
    F("identity_verified_on", "date", "Identity verified on", "تاريخ التحقق من الهوية"),
    F("fee_asked", "text", "Fee asked", "الرسوم المطلوبة"),
    F("fee_paid", "bool", "Fee paid", "دُفعت الرسوم", default=0),
    F("first_due_date", "date", "First due date (30 days)", "الموعد الأول (30 يوماً)"),
    F("extension_reason", "code", "Extension: ground", "التمديد: السبب", rv.EXTENSION_REASONS),
    F("extension_details", "longtext", "Reasons given to the requester", "الأسباب المبينة لمقدم الطلب"),
    F("extension_notice_on", "date", "Extension: requester told on", "التمديد: تاريخ إبلاغ مقدم الطلب"),
    F("extension_notice_method", "code", "Extension: requester told by", "التمديد: وسيلة إبلاغ مقدم الطلب",
      rv.EXTENSION_NOTICE_METHODS),
    F("extension_days", "int", "Extension (days)", "مدة التمديد (بالأيام)"),
    F("due_date", "date", "Due", "تاريخ الاستحقاق"),
    F("stage", "code", "Stage", "المرحلة", rv.REQUEST_STAGES, default="received"),
    F("outcome", "code", "Outcome", "النتيجة", rv.REQUEST_OUTCOMES),
    F("response_date", "date", "Answered on", "تاريخ الرد"),
    F("response_method", "code", "Answered by", "وسيلة الرد", rv.RESPONSE_METHODS),
    F("closed_date", "date", "Closed on", "تاريخ الإغلاق"),
    NOTES,
), prefix="DSR", one_of=("customer_id", "requester_name"),
   search=("requester_name", "requester_contact", "subject_name", "data_concerned", "notes"))

# One right asked in a request, with the decision on it and what was done (PDPL IR Art. 3).
REQUEST_RIGHT = Entity("request_right", "request_rights", "Right asked", "حق مطلوب", (
    F("request_id", "ref", "Request", "الطلب", required=True, target="request"),
    F("right_code", "code", "Right", "الحق", v.RIGHTS, required=True),
    F("decision", "code", "Decision", "القرار", rv.RIGHT_DECISIONS, default="pending"),
    F("refusal_reason", "code", "Reason code", "رمز السبب", rv.REFUSAL_REASONS),
    F("reason", "longtext", "Reasons given", "الأسباب المبينة"),
    F("decided_on", "date", "Decided on", "تاريخ القرار"),
    F("decided_by", "text", "Decided by", "متخذ القرار"),
    F("action", "code", "Action taken", "الإجراء المتخذ", rv.REQUEST_ACTIONS),
    F("action_date", "date", "Action date", "تاريخ الإجراء"),
    F("holds_overridden", "longtext", "Legal holds overridden", "التزامات الاحتفاظ التي تم تجاوزها"),
    F("override_reason", "longtext", "Why the holds were overridden", "سبب تجاوز التزامات الاحتفاظ"),
))

REQUEST_ACTIVITY = Entity("request_activity", "request_activities", "Activity concerned by a request",
                          "نشاط معني بالطلب", (
    F("request_id", "ref", "Request", "الطلب", required=True, target="request"),
    F("activity_id", "ref", "Activity", "النشاط", required=True, target="activity"),
))

# Personal-data breaches (issue 18): the 72-hour clock to SDAIA runs from `aware_at`
# (domain/breaches.py; SDAIA's personal-data breach procedural guide, Oct 2024; PDPL Art. 20,
# Implementing Regulation Art. 24). Times are wall-clock times in the breach's `time_zone`.
BREACH = Entity("breach", "breaches", "Personal-data breach", "حادثة تسرب بيانات شخصية", (
    F("title", "text", "Summary", "الملخص", required=True),
    F("description", "longtext", "What happened and how", "ما الذي حدث وكيف"),
    F("occurred_from", "datetime", "Occurred from", "وقع من"),
    F("occurred_to", "datetime", "Occurred until", "وقع حتى"),
    F("occurred_unknown", "bool", "When it occurred is unknown", "وقت الوقوع غير معروف", default=0),
    F("discovered_at", "datetime", "Discovered at", "وقت الاكتشاف"),
    F("discovered_by", "text", "Discovered by", "اكتشفه"),
    F("discovery_method", "longtext", "How it was found", "كيف اكتُشف"),
    F("aware_at", "datetime", "Aware at (the clock starts)", "وقت العلم به (بدء المهلة)", required=True),
    F("time_zone", "text", "Time zone of these times", "المنطقة الزمنية لهذه الأوقات", default="Asia/Riyadh"),
    F("category", "code", "Category", "الفئة", v.BREACH_CATEGORIES, required=True),
    F("cause", "code", "Cause", "السبب", v.BREACH_CAUSES, required=True),
    F("systems", "text", "Systems concerned", "الأنظمة المعنية"),
    F("data_categories", "codes", "Personal data concerned", "البيانات الشخصية المعنية", v.DATA_CATEGORIES),
    F("special_category", "bool", "Sensitive data (PDPL)", "بيانات حساسة", default=0),
    F("subject_categories", "codes", "Data subjects concerned", "فئات أصحاب البيانات المعنيين",
      v.SUBJECT_CATEGORIES),
    F("subject_count", "int", "Data subjects (number)", "عدد أصحاب البيانات"),
    F("subject_count_approximate", "bool", "The number is approximate", "العدد تقريبي", default=0),
    F("processor_id", "ref", "Processor involved", "جهة المعالجة المعنية", target="recipient"),
    F("consequences", "longtext", "Risks and likely consequences", "المخاطر والعواقب المحتملة"),
    F("severity", "code", "Severity", "درجة الخطورة", v.BREACH_SEVERITIES),
    F("severity_reasoning", "longtext", "Why this severity", "مسوّغ درجة الخطورة"),
    F("measures_taken", "longtext", "Measures taken", "الإجراءات المتخذة"),
    F("measures_planned", "longtext", "Measures planned", "الإجراءات المخطط لها"),
    F("sdaia_decision", "code", "Notify SDAIA?", "هل يُبلَّغ سدايا؟", v.SDAIA_DECISIONS, default="pending"),
    F("sdaia_decision_reason", "longtext", "Reason not to notify", "سبب عدم الإبلاغ"),
    F("sdaia_notified_at", "datetime", "SDAIA notified at", "وقت إبلاغ سدايا"),
    F("sdaia_reference", "text", "Platform reference", "الرقم المرجعي في المنصة"),
    F("late_reason", "longtext", "Reason the notice is late", "سبب التأخر في الإبلاغ"),
    F("subjects_decision", "code", "Notify the data subjects?", "هل يُشعَر أصحاب البيانات؟",
      v.SUBJECT_NOTICE_DECISIONS, default="pending"),
    F("subjects_notified_at", "datetime", "Data subjects notified at", "وقت إشعار أصحاب البيانات"),
    F("subjects_notice_method", "code", "How they were told", "وسيلة الإشعار", v.NOTICE_METHODS),
    F("subjects_notified_count", "int", "Data subjects notified", "عدد من أُشعروا"),
    F("subject_advice", "longtext", "What the subjects can do", "ما يمكن لأصحاب البيانات فعله"),
    F("lessons", "longtext", "Lessons learned", "الدروس المستفادة"),
    F("stage", "code", "Stage", "المرحلة", v.BREACH_STAGES, default="open"),
    F("closed_at", "datetime", "Closed at", "وقت الإغلاق"),
    NOTES,
), prefix="BRC", search=("title", "description", "systems", "discovered_by", "sdaia_reference", "notes"))

BREACH_STEP = Entity("breach_step", "breach_steps", "Containment or remediation step", "خطوة احتواء أو معالجة", (
    F("breach_id", "ref", "Breach", "حادثة التسرب", required=True, target="breach"),
    F("kind", "code", "Kind", "النوع", v.STEP_KINDS, required=True),
    F("action", "text", "Action", "الإجراء", required=True),
    F("owner", "text", "Owner", "المسؤول"),
    F("due_date", "date", "Due", "الموعد"),
    F("done_on", "date", "Done on", "تاريخ الإنجاز"),
    NOTES,
))

BREACH_ACTIVITY = Entity("breach_activity", "breach_activities", "Activity concerned by a breach",
                         "نشاط معني بحادثة التسرب", (
    F("breach_id", "ref", "Breach", "حادثة التسرب", required=True, target="breach"),
    F("activity_id", "ref", "Activity", "النشاط", required=True, target="activity"),
))

BREACH_CUSTOMER = Entity("breach_customer", "breach_customers", "Customer affected by a breach",
                         "عميل متأثر بحادثة التسرب", (
    F("breach_id", "ref", "Breach", "حادثة التسرب", required=True, target="breach"),
    F("customer_id", "ref", "Customer", "العميل", required=True, target="customer"),
))

ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        ORGANISATION, RECIPIENT, ACTIVITY, ACTIVITY_RECIPIENT, TRANSFER, CUSTOMER, DOCUMENT, CHECK,
        DISCLOSURE, DISCLOSURE_CUSTOMER, DISCLOSURE_ACTIVITY, ATTACHMENT, QUEUE_MARK,
        LIST_VERSION, LIST_ENTRY, SCREENING_RUN, SCREENING_HIT, REQUEST, REQUEST_RIGHT, REQUEST_ACTIVITY,
        BREACH, BREACH_STEP, BREACH_ACTIVITY, BREACH_CUSTOMER,
    )
}
BY_TABLE: dict[str, Entity] = {e.table: e for e in ENTITIES.values()}
