"""Controlled vocabularies with Arabic and English labels.

Codes are stable: reports, imports and the policy check rely on them. Add codes when a real case
needs one; never rename a code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from compliance_desk.domain.arabic import normalise


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    ar: str

    def label(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


class Vocabulary:
    """An ordered set of terms; looks codes up by code or by either label."""

    def __init__(self, name: str, terms: list[tuple[str, str, str]]) -> None:
        self.name = name
        self.terms = [Term(*t) for t in terms]
        self._by_code = {t.code: t for t in self.terms}
        if len(self._by_code) != len(self.terms):
            raise ValueError(f"duplicate code in vocabulary {name}")

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def label(self, code: str, lang: str) -> str:
        term = self._by_code.get(code)
        return term.label(lang) if term else code

    def lookup(self, text: str) -> str | None:
        """The code whose code, English label or Arabic label matches `text` (normalised)."""
        key = text.strip()
        if key in self._by_code:
            return key
        folded = normalise(key)
        for t in self.terms:
            if folded in (normalise(t.en), normalise(t.ar), normalise(t.code.replace("_", " "))):
                return t.code
        return None


LEGAL_BASES = Vocabulary("legal_basis", [
    ("consent", "Consent", "الموافقة"),
    ("contract", "Performance of a contract", "تنفيذ عقد"),
    ("legal_obligation", "Legal obligation", "التزام نظامي"),
    ("vital_interests", "Vital interests", "المصالح الحيوية"),
    ("public_interest", "Public interest", "المصلحة العامة"),
    ("legitimate_interests", "Legitimate interests", "المصالح المشروعة"),
])

DATA_CATEGORIES = Vocabulary("data_category", [
    ("identity", "Identity (name, date of birth, gender, age)", "بيانات الهوية (الاسم، تاريخ الميلاد، الجنس، العمر)"),
    ("contact", "Contact details (address, phone, e-mail)", "بيانات الاتصال (العنوان، الهاتف، البريد الإلكتروني)"),
    ("government_id", "Government ID (passport, national ID, residence number, driving licence)",
     "وثائق الهوية الحكومية (جواز السفر، الهوية الوطنية، رقم الإقامة، رخصة القيادة)"),
    ("proof_of_address", "Proof of address", "إثبات العنوان"),
    ("payment_card", "Payment card data", "بيانات بطاقات الدفع"),
    ("financial", "Financial data (bank statements, transfers)", "البيانات المالية (كشوف الحساب، التحويلات)"),
    ("transactions", "Transactions (orders, purchases)", "المعاملات (الطلبات، المشتريات)"),
    ("credentials", "Account credentials", "بيانات الدخول إلى الحساب"),
    ("online_identifiers", "Online identifiers (IP address, browser, device)", "المعرّفات الإلكترونية (عنوان IP، المتصفح، الجهاز)"),
    ("cookies", "Cookies and similar technologies", "ملفات تعريف الارتباط والتقنيات المشابهة"),
    ("location", "Location", "الموقع الجغرافي"),
    ("communications", "Communications and call recordings", "الاتصالات وتسجيلات المكالمات"),
    ("user_content", "Reviews and user content", "التقييمات ومحتوى المستخدم"),
    ("marketing_preferences", "Marketing preferences", "تفضيلات التسويق"),
    ("special_category", "Special categories (sensitive data)", "البيانات الحساسة"),
])

PURPOSES = Vocabulary("purpose", [
    ("account_management", "Account registration and management", "تسجيل الحساب وإدارته"),
    ("order_fulfilment", "Order processing and delivery", "تجهيز الطلبات وتسليمها"),
    ("payment_processing", "Payment processing", "معالجة المدفوعات"),
    ("identity_verification", "Identity verification", "التحقق من الهوية"),
    ("anti_money_laundering", "Anti-money laundering", "مكافحة غسل الأموال"),
    ("fraud_prevention", "Fraud prevention", "منع الاحتيال"),
    ("customer_support", "Customer support", "خدمة العملاء"),
    ("marketing", "Marketing", "التسويق"),
    ("analytics", "Analytics and statistics", "التحليلات والإحصاءات"),
    ("service_improvement", "Service improvement", "تحسين الخدمات"),
    ("legal_compliance", "Legal compliance", "الامتثال للأنظمة"),
    ("competitions", "Draws and competitions", "السحوبات والمسابقات"),
    ("quality_training", "Quality monitoring and training", "مراقبة الجودة والتدريب"),
    ("security", "Information security", "أمن المعلومات"),
])

PARTY_TYPES = Vocabulary("party_type", [
    ("service_provider", "Service provider (processor)", "مزود خدمة (معالج)"),
    ("payment_gateway", "Payment gateway", "بوابة دفع"),
    ("financial_institution", "Financial institution", "مؤسسة مالية"),
    ("verification_agency", "Verification agency", "جهة تحقق"),
    ("business_partner", "Business partner (trustee)", "شريك أعمال (أمين)"),
    ("acquirer", "Acquirer in a merger", "مستحوذ في عملية اندماج"),
    ("court", "Court", "محكمة"),
    ("public_prosecution", "Public prosecution", "النيابة العامة"),
    ("law_enforcement", "Law-enforcement authority", "جهة إنفاذ القانون"),
    ("financial_intelligence_unit", "Financial intelligence unit", "وحدة التحريات المالية"),
    ("regulator", "Regulator", "جهة رقابية"),
    ("tax_authority", "Tax authority", "هيئة الضرائب"),
    ("other_government", "Other government body", "جهة حكومية أخرى"),
])

RIGHTS = Vocabulary("right", [
    ("access", "Access", "حق الوصول"),
    ("rectification", "Rectification", "حق التصحيح"),
    ("erasure", "Erasure", "حق الإتلاف"),
    ("withdraw_consent", "Withdraw consent", "حق الرجوع عن الموافقة"),
    ("object_marketing", "Object to marketing", "حق الاعتراض على التسويق"),
    ("portability", "Data portability", "حق نقل البيانات"),
    ("complaint", "Complaint", "حق تقديم شكوى"),
    ("information", "Be informed", "حق العلم"),
])

SUBJECT_CATEGORIES = Vocabulary("subject_category", [
    ("customers", "Customers", "العملاء"),
    ("prospects", "Prospective customers", "العملاء المحتملون"),
    ("website_visitors", "Website visitors", "زوار الموقع"),
    ("employees", "Employees", "الموظفون"),
    ("partner_staff", "Partners' staff", "موظفو الشركاء"),
])

SOURCES = Vocabulary("source", [
    ("data_subject", "The data subject", "صاحب البيانات"),
    ("verification_agency", "Verification agencies", "جهات التحقق"),
    ("partners", "Partners", "الشركاء"),
    ("public_sources", "Public sources", "المصادر العامة"),
])

SECURITY_MEASURES = Vocabulary("security_measure", [
    ("encryption", "Encryption", "التشفير"),
    ("access_control", "Access control", "التحكم في الوصول"),
    ("masking", "Masking (e.g. last four card digits)", "الإخفاء الجزئي (مثل آخر أربعة أرقام من البطاقة)"),
    ("pseudonymisation", "Pseudonymisation", "الترميز (إخفاء الهوية المستعار)"),
    ("logging", "Logging and monitoring", "التسجيل والمراقبة"),
    ("anonymisation", "Anonymisation", "إخفاء الهوية"),
    ("staff_training", "Staff confidentiality training", "تدريب الموظفين على السرية"),
])

PROCESSING_ROLES = Vocabulary("processing_role", [
    ("controller", "Controller", "جهة تحكم"),
    ("joint_controller", "Joint controller", "جهة تحكم مشتركة"),
    ("processor", "Processor", "جهة معالجة"),
])

ACTIVITY_STATUSES = Vocabulary("activity_status", [
    ("draft", "Draft", "مسودة"),
    ("active", "Active", "نشط"),
    ("retired", "Retired", "موقوف"),
])

RECIPIENT_STATUSES = Vocabulary("recipient_status", [  # a recipient is a جهة: feminine
    ("active", "Active", "نشطة"),
    ("retired", "Retired", "موقوفة"),
])

SAFEGUARDS = Vocabulary("safeguard", [
    ("adequacy", "Adequacy decision", "قرار كفاية"),
    ("standard_clauses", "Standard contractual clauses", "البنود التعاقدية القياسية"),
    ("binding_rules", "Binding common rules", "القواعد المشتركة الملزمة"),
    ("accreditation_certificate", "Certificate of accreditation", "شهادة الاعتماد"),
    ("consent", "Explicit consent", "الموافقة الصريحة"),
    ("contract_necessity", "Necessary for a contract", "ضرورة تنفيذ عقد"),
    ("legal_claims", "Legal claims", "الدعاوى القضائية"),
    ("none", "None recorded", "لا يوجد"),
])

CHANNELS = Vocabulary("channel", [
    ("letter", "Letter", "خطاب"),
    ("email", "E-mail", "بريد إلكتروني"),
    ("portal", "Official portal", "منصة رسمية"),
    ("in_person", "Delivered in person", "تسليم باليد"),
    ("fax", "Fax", "فاكس"),
    ("phone", "Telephone (confirmed in writing)", "هاتف (مع تأكيد كتابي)"),
])

REQUEST_CHANNELS = Vocabulary("request_channel", [
    ("email", "E-mail", "البريد الإلكتروني"),
    ("web_form", "Web form", "نموذج إلكتروني"),
    ("phone", "Telephone", "الهاتف"),
    ("post", "Letter by post", "خطاب بالبريد"),
    ("in_person", "In person at our offices", "الحضور إلى مقرنا"),
    ("in_app", "In the app or account settings", "من التطبيق أو إعدادات الحساب"),
])

REQUEST_TYPES = Vocabulary("request_type", [
    ("court_order", "Court order", "أمر محكمة"),
    ("official_request", "Official written request", "طلب رسمي مكتوب"),
    ("subpoena", "Subpoena", "أمر استدعاء"),
    ("emergency_request", "Emergency request", "طلب طارئ"),
    ("regulator_inquiry", "Regulator inquiry", "استفسار جهة رقابية"),
    ("partner_transfer", "Transfer to a partner", "نقل إلى شريك"),
    ("merger_transfer", "Transfer in a merger", "نقل في عملية اندماج"),
])

DISCLOSURE_STAGES = Vocabulary("disclosure_stage", [
    ("received", "Received", "مستلم"),
    ("legal_review", "Under legal review", "قيد المراجعة القانونية"),
    ("decided", "Decided", "صدر القرار"),
    ("disclosed", "Disclosed", "تم الإفصاح"),
    ("closed", "Closed", "مغلق"),
])

DECISIONS = Vocabulary("decision", [
    ("pending", "Pending", "قيد الانتظار"),
    ("complied", "Complied", "تمت الاستجابة"),
    ("partly_complied", "Partly complied", "استجابة جزئية"),
    ("refused", "Refused", "مرفوض"),
    ("withdrawn", "Withdrawn", "مسحوب"),
])

NOTIFICATIONS = Vocabulary("subject_notification", [
    ("notified", "Subject notified", "تم إشعار صاحب البيانات"),
    ("not_notified", "Not notified", "لم يُشعر"),
    ("prohibited", "Notification prohibited by the order", "الإشعار محظور بموجب الأمر"),
    ("deferred", "Notification deferred", "الإشعار مؤجل"),
])

CONTENT_TYPES = Vocabulary("content_type", [
    ("non_content", "Non-content (account and transaction data)", "بيانات غير المحتوى (الحساب والمعاملات)"),
    ("content", "Content (messages, recordings, documents)", "المحتوى (الرسائل، التسجيلات، المستندات)"),
    ("both", "Content and non-content", "المحتوى وغير المحتوى"),
    ("none", "Nothing disclosed", "لم يُفصح عن شيء"),
])

DISCLOSURE_METHODS = Vocabulary("disclosure_method", [
    ("secure_portal", "Secure portal", "منصة آمنة"),
    ("encrypted_email", "Encrypted e-mail", "بريد إلكتروني مشفر"),
    ("sealed_letter", "Sealed letter", "خطاب مختوم"),
    ("encrypted_media", "Encrypted storage medium", "وسيط تخزين مشفر"),
    ("in_person", "Handed over in person", "تسليم باليد"),
])

RISK_RATINGS = Vocabulary("risk_rating", [
    ("low", "Low", "منخفض"),
    ("medium", "Medium", "متوسط"),
    ("high", "High", "مرتفع"),
])

CUSTOMER_STATUSES = Vocabulary("customer_status", [
    ("pending", "Pending", "قيد الانتظار"),
    ("verified", "Verified", "تم التحقق"),
    ("restricted", "Restricted", "مقيّد"),
    ("refused_information", "Refused to provide information", "رفض تقديم المعلومات"),
    ("closed", "Closed", "مغلق"),
])

DOCUMENT_TYPES = Vocabulary("document_type", [
    ("passport", "Passport", "جواز سفر"),
    ("national_id", "National ID", "الهوية الوطنية"),
    ("residence_permit", "Residence permit", "إقامة"),
    ("driving_licence", "Driving licence", "رخصة قيادة"),
    ("other_government_id", "Other government ID", "وثيقة هوية حكومية أخرى"),
    ("utility_bill_gas", "Utility bill (gas)", "فاتورة غاز"),
    ("utility_bill_water", "Utility bill (water)", "فاتورة مياه"),
    ("utility_bill_electricity", "Utility bill (electricity)", "فاتورة كهرباء"),
    ("bank_statement", "Bank statement", "كشف حساب بنكي"),
    ("bank_transfer", "Bank-transfer confirmation", "إشعار تحويل بنكي"),
])

IDENTITY_DOCUMENTS = frozenset(
    {"passport", "national_id", "residence_permit", "driving_licence", "other_government_id"}
)
ADDRESS_DOCUMENTS = frozenset(
    {"utility_bill_gas", "utility_bill_water", "utility_bill_electricity", "bank_statement"}
)

CHECK_METHODS = Vocabulary("check_method", [
    ("original_seen", "Original seen", "الاطلاع على الأصل"),
    ("certified_copy", "Certified copy", "نسخة مصدقة"),
    ("mrz_verified", "MRZ verified", "التحقق من المنطقة المقروءة آلياً"),
    ("verification_agency", "Verification agency", "جهة تحقق"),
])

CHECK_RESULTS = Vocabulary("check_result", [
    ("verified", "Verified", "تم التحقق"),
    ("rejected", "Rejected", "مرفوض"),
    ("more_information", "More information needed", "يلزم مزيد من المعلومات"),
    ("expired", "Expired", "منتهية الصلاحية"),  # the document (وثيقة): feminine
])

REASON_CODES = Vocabulary("reason_code", [
    ("unreadable", "Unreadable", "غير مقروءة"),  # the document (وثيقة): feminine
    ("expired", "Expired", "منتهية الصلاحية"),
    ("name_mismatch", "Name mismatch", "عدم تطابق الاسم"),
    ("address_mismatch", "Address mismatch", "عدم تطابق العنوان"),
    ("older_than_allowed", "Older than allowed", "أقدم من المدة المسموح بها"),
    ("mrz_check_digit", "MRZ check digit failed", "فشل رقم التحقق في المنطقة المقروءة آلياً"),
    ("suspected_forgery", "Suspected forgery", "اشتباه في التزوير"),
])

# The action queue (domain/queue.py): the officer's marks on an item, and how near its deadline is.
QUEUE_MARKS = Vocabulary("queue_mark", [
    ("acknowledged", "Acknowledged", "تم الاطلاع"),
    ("snoozed", "Snoozed", "مؤجَّل التذكير"),
    ("cleared", "Back in the queue", "أُعيد إلى القائمة"),
])

QUEUE_STAGES = Vocabulary("queue_stage", [
    ("overdue", "Overdue", "متأخر"),
    ("today", "Due today", "مستحق اليوم"),
    ("soon", "Due soon", "مستحق قريباً"),
    ("later", "Later", "لاحقاً"),
])

REPORT_LANGUAGES = Vocabulary("language", [
    ("ar", "Arabic", "العربية"),
    ("en", "English", "الإنجليزية"),
])

# Sanctions and PEP screening (issue 19)
LIST_SOURCES = Vocabulary("list_source", [
    ("un", "UN Security Council Consolidated List", "القائمة الموحدة لمجلس الأمن"),
    ("pcct", "Saudi national terrorism list (PCCT)", "القائمة الوطنية للإرهاب (اللجنة الدائمة لمكافحة الإرهاب)"),
    ("opensanctions", "OpenSanctions dataset", "مجموعة بيانات OpenSanctions"),
])
LIST_VERSION_STATUSES = Vocabulary("list_version_status", [
    ("current", "Current", "سارية"),
    ("superseded", "Superseded", "مستبدلة"),
])
ENTRY_KINDS = Vocabulary("list_entry_kind", [
    ("individual", "Individual", "فرد"),
    ("entity", "Entity", "كيان"),
    ("vessel", "Vessel", "سفينة"),
])
SCREENING_TRIGGERS = Vocabulary("screening_trigger", [
    ("list_import", "After a list import", "بعد استيراد قائمة"),
    ("customer_save", "Customer saved", "حفظ بيانات عميل"),
    ("manual", "Requested by the officer", "بطلب من المسؤول"),
])
SCREENING_RUN_STATUSES = Vocabulary("screening_run_status", [
    ("complete", "Complete", "مكتملة"),  # a run is an عملية فحص: feminine
    ("cancelled", "Cancelled", "أُلغيت"),
])
HIT_DECISIONS = Vocabulary("hit_decision", [
    ("open", "Open: to decide", "مفتوح: بانتظار القرار"),
    ("true_match", "True match", "تطابق حقيقي"),
    ("false_positive", "False positive", "تطابق خاطئ"),
    ("escalated", "Escalated", "مُصعَّد"),
    ("lapsed", "No longer matches", "لم يعد مطابقاً"),
])

# Personal-data breaches (issue 18; SDAIA's personal-data breach procedural guide, October 2024)
BREACH_CATEGORIES = Vocabulary("breach_category", [
    ("confidentiality", "Confidentiality (disclosed or accessed)", "السرية (إفشاء أو وصول غير مصرح به)"),
    ("integrity", "Integrity (altered)", "السلامة (تعديل غير مصرح به)"),
    ("availability", "Availability (lost or destroyed)", "التوافر (فقد أو إتلاف)"),
])
BREACH_CAUSES = Vocabulary("breach_cause", [
    ("attack", "Cyber-attack", "هجوم سيبراني"),
    ("lost_device", "Lost or stolen device", "فقد جهاز أو سرقته"),
    ("misdirected_email", "Misdirected e-mail", "بريد إلكتروني أُرسل إلى غير المقصود"),
    ("insider", "Insider act or error", "فعل أو خطأ من الداخل"),
    ("processor_incident", "Incident at a processor", "حادثة لدى جهة معالجة"),
    ("other", "Other", "أخرى"),
])
BREACH_SEVERITIES = Vocabulary("breach_severity", [
    ("low", "Low", "منخفضة"),
    ("medium", "Medium", "متوسطة"),
    ("high", "High", "مرتفعة"),
])
BREACH_STAGES = Vocabulary("breach_stage", [  # a breach is a حادثة: feminine
    ("open", "Open", "مفتوحة"),
    ("assessed", "Assessed", "تم التقييم"),
    ("notified", "Notified", "تم الإبلاغ"),
    ("contained", "Contained", "تم الاحتواء"),
    ("closed", "Closed", "مغلقة"),
])
SDAIA_DECISIONS = Vocabulary("sdaia_decision", [
    ("pending", "To decide", "بانتظار القرار"),
    ("notify", "Notify SDAIA", "يُبلَّغ سدايا"),
    ("not_notifiable", "Not notifiable (no likely harm)", "لا يلزم الإبلاغ (لا ضرر مرجح)"),
])
SUBJECT_NOTICE_DECISIONS = Vocabulary("subject_notice_decision", [
    ("pending", "To decide", "بانتظار القرار"),
    ("notify", "Notify the data subjects", "يُشعَر أصحاب البيانات"),
    ("not_required", "Not required (no risk to them)", "لا يلزم (لا خطر عليهم)"),
])
NOTICE_METHODS = Vocabulary("notice_method", [
    ("email", "E-mail", "البريد الإلكتروني"),
    ("letter", "Letter", "خطاب"),
    ("sms", "Text message", "رسالة نصية"),
    ("phone", "Phone call", "اتصال هاتفي"),
    ("website", "Notice on the website", "إعلان على الموقع الإلكتروني"),
    ("in_app", "In-app message", "رسالة داخل التطبيق"),
])
STEP_KINDS = Vocabulary("step_kind", [
    ("containment", "Containment", "احتواء"),
    ("remediation", "Remediation", "معالجة"),
])

ALL: dict[str, Vocabulary] = {
    v.name: v
    for v in (
        LEGAL_BASES, DATA_CATEGORIES, PURPOSES, PARTY_TYPES, RIGHTS, SUBJECT_CATEGORIES, SOURCES,
        SECURITY_MEASURES, PROCESSING_ROLES, ACTIVITY_STATUSES, RECIPIENT_STATUSES, SAFEGUARDS,
        CHANNELS, REQUEST_CHANNELS, REQUEST_TYPES, DISCLOSURE_STAGES, DECISIONS, NOTIFICATIONS, CONTENT_TYPES,
        DISCLOSURE_METHODS, RISK_RATINGS, CUSTOMER_STATUSES, DOCUMENT_TYPES, CHECK_METHODS,
        CHECK_RESULTS, REASON_CODES, REPORT_LANGUAGES, QUEUE_MARKS, QUEUE_STAGES,
        LIST_SOURCES, LIST_VERSION_STATUSES, ENTRY_KINDS, SCREENING_TRIGGERS, SCREENING_RUN_STATUSES, HIT_DECISIONS,
        BREACH_CATEGORIES, BREACH_CAUSES, BREACH_SEVERITIES, BREACH_STAGES, SDAIA_DECISIONS,
        SUBJECT_NOTICE_DECISIONS, NOTICE_METHODS, STEP_KINDS,
    )
}
