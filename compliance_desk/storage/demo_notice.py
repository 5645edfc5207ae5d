"""What the demo register's privacy notice says beyond the codes: who the vaguely typed recipients
are, and for some activities the data items, what follows if they are not given and how and where
they are kept. The other activities are left to complete, so the notice shows those gaps."""

from __future__ import annotations

RECIPIENT_TEXTS: dict[str, dict[str, str]] = {
    "Express Delivery Co.": {"description": "The courier company that delivers your orders",
                             "description_ar": "شركة الشحن التي توصل طلباتك"},
    "WebMetrics Analytics Ltd": {"description": "The company that measures visits to our website for us",
                                 "description_ar": "الشركة التي تقيس لنا زيارات موقعنا"},
    "MailWave Newsletters": {"description": "The platform that sends our newsletter",
                             "description_ar": "المنصة التي ترسل نشرتنا البريدية"},
    "Integrated Contact Centre": {"description": "The call centre that answers our customer line",
                                  "description_ar": "مركز الاتصال الذي يرد على هاتف خدمة العملاء لدينا"},
    "Al-Omanaa Trustees": {"description": "The trustee company that runs our instalment plans",
                           "description_ar": "شركة الأمناء التي تدير خطط التقسيط لدينا"},
}

_SERVERS = {"storage_means": "Encrypted databases on our servers in Riyadh, reached only by authorised staff",
            "storage_means_ar": "قواعد بيانات مشفرة على خوادمنا في الرياض، لا يصل إليها إلا الموظفون المخولون"}

ACTIVITY_TEXTS: dict[str, dict[str, str]] = {
    "Order fulfilment and delivery": {
        "data_items": "Full name\nMobile number\nDelivery address\nItems ordered",
        "data_items_ar": "الاسم الكامل\nرقم الجوال\nعنوان التوصيل\nالمنتجات المطلوبة",
        "consequences": "Without them we cannot deliver your order.",
        "consequences_ar": "لا يمكننا توصيل طلبك من دونها.", **_SERVERS},
    "Payment processing": {
        "data_items": "Card number (kept by the payment gateway; we keep its last four digits)\nAmount and date paid",
        "data_items_ar": "رقم البطاقة (تحفظه بوابة الدفع، ونحتفظ بآخر أربعة أرقام منه)\nالمبلغ المدفوع وتاريخه",
        "consequences": "Without them we cannot take your payment or complete your order.",
        "consequences_ar": "لا يمكننا تحصيل ثمن طلبك أو إتمامه من دونها.", **_SERVERS},
    "Cookies and website analytics": {
        "data_items": "Cookie identifiers\nPages visited\nBrowser type",
        "data_items_ar": "معرّفات ملفات تعريف الارتباط\nالصفحات التي تزورها\nنوع المتصفح",
        "consequences": "If you refuse analytics cookies, the website still works; we only count your visit less "
                        "precisely.",
        "consequences_ar": "إذا رفضت ملفات تعريف الارتباط التحليلية يبقى الموقع يعمل، ولا نحصي زيارتك إلا تقريبًا.",
        "storage_means": "The analytics company's servers in Ireland, under our contract with it",
        "storage_means_ar": "خوادم شركة التحليلات في أيرلندا، بموجب عقدنا معها"},
    "Marketing newsletter": {
        "data_items": "E-mail address\nThe topics you choose",
        "data_items_ar": "البريد الإلكتروني\nالموضوعات التي تختارها",
        "consequences": "Nothing changes for your orders: you only do not receive our newsletter.",
        "consequences_ar": "لا يتغير شيء في طلباتك، وإنما لا تصلك نشرتنا البريدية.",
        "storage_means": "The newsletter platform's servers in Germany, under our contract with it",
        "storage_means_ar": "خوادم منصة النشرات البريدية في ألمانيا، بموجب عقدنا معها"},
}

# the law each "legal obligation" activity rests on, as the notice names it (migration 0017)
LAWS: dict[str, dict[str, str]] = {
    "Identity verification against money laundering": {
        "legal_obligation_law": "the Anti-Money Laundering Law and its Implementing Regulations",
        "legal_obligation_law_ar": "نظام مكافحة غسل الأموال ولائحته التنفيذية"},
    "Disclosures to authorities and court orders": {
        "legal_obligation_law": "the Law of Criminal Procedure, and the order of the court or authority",
        "legal_obligation_law_ar": "نظام الإجراءات الجزائية، وأمر المحكمة أو الجهة المختصة"},
    "Tax and accounting records": {
        "legal_obligation_law": "the Value Added Tax Law and its Implementing Regulations",
        "legal_obligation_law_ar": "نظام ضريبة القيمة المضافة ولائحته التنفيذية"},
    "Employee records": {"legal_obligation_law": "the Labour Law", "legal_obligation_law_ar": "نظام العمل"},
}
for _name, _law in LAWS.items():
    ACTIVITY_TEXTS[_name] = {**ACTIVITY_TEXTS.get(_name, {}), **_law}
