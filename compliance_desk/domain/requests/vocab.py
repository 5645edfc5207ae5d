"""The vocabularies of data-subject requests (codes are stable: imports and reports use them).

The channels are the privacy notice's (`vocabularies.REQUEST_CHANNELS`) and the rights are the
data-subject rights (`vocabularies.RIGHTS`): one list each for the whole product.
"""

from __future__ import annotations

from compliance_desk.domain.vocabularies import Vocabulary

# received → (awaiting_identity → verified) → decided → answered → closed
REQUEST_STAGES = Vocabulary("request_stage", [
    ("received", "Received", "مستلم"),
    ("awaiting_identity", "Awaiting proof of identity", "بانتظار إثبات الهوية"),
    ("verified", "Identity verified", "تم التحقق من الهوية"),
    ("decided", "Decided", "صدر القرار"),
    ("answered", "Answered", "تم الرد"),
    ("closed", "Closed", "مغلق"),
])

RIGHT_DECISIONS = Vocabulary("right_decision", [
    ("pending", "Pending", "قيد الانتظار"),
    ("granted", "Granted", "مقبول"),
    ("partly", "Partly granted", "مقبول جزئياً"),
    ("refused", "Refused", "مرفوض"),
])

# Why a right is refused (PDPL IR Art. 3; PDPL Art. 18; AML Law Art. 12).
REFUSAL_REASONS = Vocabulary("refusal_reason", [
    ("identity_not_verified", "Identity not verified", "تعذّر التحقق من الهوية"),
    ("repetitive", "Repetitive or manifestly unreasonable request", "طلب متكرر أو غير معقول بشكل واضح"),
    ("legal_retention", "A legal retention period applies", "تسري مدة احتفاظ نظامية"),
    ("court_order", "A court order or investigation requires the data", "يلزم الاحتفاظ بالبيانات لأمر قضائي أو تحقيق"),
    ("other_person", "Would reveal another person's data", "سيكشف بيانات شخص آخر"),
    ("not_held", "We do not hold the data", "لا نحتفظ بالبيانات المطلوبة"),
])

REQUEST_ACTIONS = Vocabulary("request_action", [
    ("data_exported", "Data exported to the requester", "صُدِّرت البيانات لمقدم الطلب"),
    ("corrected", "Data corrected", "صُحِّحت البيانات"),
    ("erased", "Data erased", "أُتلفت البيانات"),
    ("marketing_stopped", "Marketing stopped", "أُوقف التسويق"),
    ("consent_withdrawn", "Consent withdrawal recorded", "سُجِّل الرجوع عن الموافقة"),
    ("complaint_answered", "Complaint answered", "تم الرد على الشكوى"),
])

IDENTITY_METHODS = Vocabulary("identity_method", [
    ("kyc_document", "Identity document on file (KYC)", "وثيقة هوية محفوظة (اعرف عميلك)"),
    ("original_seen", "Original identity document seen", "الاطلاع على أصل وثيقة الهوية"),
    ("copy_received", "Copy of an identity document received", "استلام صورة من وثيقة الهوية"),
    ("account_login", "Signed in to the customer's account", "الدخول إلى حساب العميل"),
    ("known_contact", "From the e-mail or phone on record", "من البريد أو الهاتف المسجل"),
    ("verification_agency", "Verification agency", "جهة تحقق"),
])

# PDPL IR Art. 3(1)(a): the only two grounds for the one extension.
EXTENSION_REASONS = Vocabulary("extension_reason", [
    ("disproportionate_effort", "Answering needs disproportionate effort", "يتطلب الرد جهداً غير متناسب"),
    ("many_requests", "Many requests from the data subject", "طلبات متعددة من صاحب البيانات"),
])

RESPONSE_METHODS = Vocabulary("response_method", [
    ("email", "E-mail", "البريد الإلكتروني"),
    ("post", "Letter by post", "خطاب بالبريد"),
    ("in_person", "Handed over in person", "تسليم باليد"),
    ("in_app", "In the app or account", "من خلال التطبيق أو الحساب"),
])

# How the requester was told of the extension in advance (PDPL IR Art. 3(1)(a)): the notice itself
# can be attached to the request.
EXTENSION_NOTICE_METHODS = Vocabulary("extension_notice_method", [
    ("letter", "Letter", "خطاب"),
    ("email", "E-mail", "البريد الإلكتروني"),
    ("phone", "Phone", "الهاتف"),
    ("in_person", "In person", "حضورياً"),
])

# The request as a whole, from its rights' decisions (or as imported).
REQUEST_OUTCOMES = Vocabulary("request_outcome", [
    ("granted", "Granted", "مقبول"),
    ("partly", "Partly granted", "مقبول جزئياً"),
    ("refused", "Refused", "مرفوض"),
    ("withdrawn", "Withdrawn by the requester", "سحبه مقدم الطلب"),
])

ALL = (REQUEST_STAGES, RIGHT_DECISIONS, REFUSAL_REASONS, REQUEST_ACTIONS, IDENTITY_METHODS, EXTENSION_REASONS,
       RESPONSE_METHODS, REQUEST_OUTCOMES, EXTENSION_NOTICE_METHODS)
