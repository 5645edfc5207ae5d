"""The plain words of the privacy notice, per vocabulary code, in Arabic and English.

Each description says its code in words the policy check recognises (and no other code of a kind
the check compares with the register), so a notice generated from a register, checked against
that register, shows no gap: tests/domain/test_notice.py holds every code to that.
"""

from __future__ import annotations

T = dict[str, tuple[str, str]]  # code -> (English, Arabic)

DATA: T = {
    "identity": ("Identity data", "بيانات الهوية"),
    "contact": ("Contact details", "بيانات الاتصال"),
    "government_id": ("Official identity documents", "وثائق الهوية الرسمية"),
    "proof_of_address": ("Proof of address", "ما يثبت مكان الإقامة"),
    "payment_card": ("Payment card data", "بيانات بطاقات الدفع"),
    "financial": ("Financial information", "البيانات المالية"),
    "transactions": ("Your orders and purchases", "سجل الطلبات والمشتريات"),
    "credentials": ("Account credentials", "بيانات الدخول إلى الحساب"),
    "online_identifiers": ("Online identifiers", "المعرّفات الإلكترونية"),
    "cookies": ("Cookies and similar technologies", "ملفات تعريف الارتباط والتقنيات المشابهة"),
    "location": ("Your geolocation", "الموقع الجغرافي"),
    "communications": ("Correspondence with us and call recordings", "المراسلات وتسجيلات المكالمات"),
    "user_content": ("Reviews and ratings you publish", "تقييماتك ومراجعاتك التي تنشرها"),
    "marketing_preferences": ("Your marketing preferences and subscriptions", "تفضيلات التسويق واشتراكاتك"),
    "special_category": ("Sensitive personal data", "البيانات الشخصية الحساسة"),
}

PURPOSES: T = {
    "account_management": ("Account management: to create your account and run it", "إنشاء حسابك وإدارته"),
    "order_fulfilment": ("Order processing and delivery", "تجهيز الطلبات وتوصيلها"),
    "payment_processing": ("Payment processing", "معالجة المدفوعات"),
    "identity_verification": ("Identity verification", "التحقق من هويتك"),
    "anti_money_laundering": ("Preventing money laundering and terrorist financing",
                              "مكافحة غسل الأموال وتمويل الإرهاب"),
    "fraud_prevention": ("Fraud prevention", "منع الاحتيال"),
    "customer_support": ("Customer support", "خدمة العملاء والرد على استفساراتك"),
    "marketing": ("Marketing: news and offers", "التسويق: الأخبار والعروض"),
    "analytics": ("Analytics and statistics", "التحليلات والإحصاءات"),
    "service_improvement": ("Improving our services", "تحسين خدماتنا"),
    "legal_compliance": ("Legal compliance: to comply with the law", "الامتثال للأنظمة"),
    "competitions": ("Prize draws and competitions", "إدارة السحوبات والمسابقات"),
    "quality_training": ("Quality monitoring and staff training", "مراقبة الجودة وتدريب الموظفين"),
    "security": ("Information security", "أمن المعلومات"),
}

RECIPIENTS: T = {
    "service_provider": ("Service providers who process data on our behalf", "مزودو الخدمات الذين يعالجون البيانات نيابةً عنا"),
    "payment_gateway": ("Payment gateways", "بوابات السداد الإلكتروني"),
    "financial_institution": ("Banks and financial institutions", "البنوك والمؤسسات المالية"),
    "verification_agency": ("Verification agencies", "جهات التحقق المعتمدة"),
    "business_partner": ("Business partners", "شركاء الأعمال"),
    "acquirer": ("A buyer of our business in a merger or acquisition", "من يستحوذ على أعمالنا في حال الاندماج"),
    "court": ("Courts", "المحاكم"),
    "public_prosecution": ("The Public Prosecution", "النيابة العامة"),
    "law_enforcement": ("Law enforcement authorities", "جهات إنفاذ القانون"),
    "financial_intelligence_unit": ("The General Directorate of Financial Intelligence (GDFI)",
                                    "الإدارة العامة للتحريات المالية"),
    "regulator": ("Regulators", "الجهات الرقابية"),
    "tax_authority": ("The tax authority (ZATCA)", "هيئة الزكاة والضريبة والجمارك"),
    "other_government": ("Other government authorities", "الجهات الحكومية الأخرى"),
}
AUTHORITIES = frozenset({"court", "public_prosecution", "law_enforcement", "financial_intelligence_unit",
                         "regulator", "tax_authority", "other_government"})

BASES: T = {
    "consent": ("Your consent", "موافقتك"),
    "contract": ("Performance of a contract with you", "تنفيذ العقد بيننا وبينك"),
    "legal_obligation": ("What the law obliges us to do", "ما يُلزمنا به النظام"),
    "vital_interests": ("Vital interests: protecting someone's life or safety", "حماية المصالح الحيوية"),
    "public_interest": ("The public interest", "المصلحة العامة"),
    "legitimate_interests": ("Our legitimate interests", "مصالحنا المشروعة"),
}

SOURCES: T = {
    "data_subject": ("from you directly", "منك مباشرةً"),
    "verification_agency": ("from verification agencies", "من جهات التحقق المعتمدة"),
    "partners": ("from our partners", "من شركائنا"),
    "public_sources": ("from public sources", "من المصادر العامة"),
}

SAFEGUARDS: T = {
    "adequacy": ("a country SDAIA recognises as protecting data adequately",
                 "دولة تعترف الهيئة بكفاية مستوى حمايتها للبيانات"),
    "standard_clauses": ("a contract, on the model SDAIA approves, that binds the recipient to protect your data",
                         "عقد وفق النموذج الذي تعتمده الهيئة يُلزم المتلقي بحماية بياناتك"),
    "binding_rules": ("rules, approved by SDAIA, that bind every company of our group to protect your data",
                      "قواعد تعتمدها الهيئة تُلزم كل شركات مجموعتنا بحماية بياناتك"),
    "consent": ("your explicit consent", "موافقتك الصريحة"),
    "contract_necessity": ("what a contract with you requires", "ما يقتضيه تنفيذ العقد معك"),
    "legal_claims": ("what a legal claim requires", "ما تقتضيه دعوى قضائية"),
    "none": ("no safeguard recorded yet", "لم يُسجَّل ضمان بعد"),
}

SECURITY: T = {
    "encryption": ("encryption", "التشفير"),
    "access_control": ("access control", "قصر الوصول على المخولين"),
    "masking": ("masking (we keep only the last four card digits)", "الإخفاء الجزئي (نحتفظ بآخر أربعة أرقام فقط من البطاقة)"),
    "pseudonymisation": ("pseudonymisation", "الترميز"),
    "logging": ("logging and monitoring of our systems", "مراقبة الأنظمة وسجلاتها"),
    "anonymisation": ("anonymisation", "إخفاء الهوية"),
    "staff_training": ("staff confidentiality training", "تدريب الموظفين على السرية"),
}

CHANNELS: T = {
    "email": ("Write to {rights_email}", "راسلنا على {rights_email}"),
    "web_form": ("Fill in the form at {rights_web_form}", "املأ النموذج الإلكتروني: {rights_web_form}"),
    "phone": ("Call {rights_phone}", "اتصل بنا على الرقم {rights_phone}"),
    "post": ("Send a letter to: {rights_postal_address}", "أرسل خطابًا بالبريد إلى: {rights_postal_address}"),
    "in_person": ("Come to our offices", "احضر إلى مقرنا"),
    "in_app": ("Use the settings of your account in our app", "استخدم إعدادات حسابك في تطبيقنا"),
}
CHANNEL_NEEDS = {"email": "rights_email", "web_form": "rights_web_form", "phone": "rights_phone",
                 "post": "rights_postal_address"}


def pick(table: T, code: str, lang: str) -> str:
    en, ar = table.get(code, (code, code))
    return ar if lang == "ar" else en
