"""What a careful reader finds in the two sample policies (written by reading them, before any code).

Each set holds vocabulary codes of DESIGN.md. Comments quote the sentence that justifies a code.
"""

ONLINE_STORE = {
    "data_category": {
        "identity",            # الاسم
        "contact",             # العنوان، رقم الهاتف، البريد الإلكتروني
        "payment_card",        # بيانات البطاقات (جزئياً وفق متطلبات بوابات الدفع)
        "transactions",        # تفاصيل الطلبات والمشتريات
        "online_identifiers",  # عنوان الآي بي، نوع المتصفح، نظام التشغيل
        "location",            # الموقع الجغرافي التقريبي
        "credentials",         # بيانات الحساب
        "marketing_preferences",  # الاشتراكات في النشرات الإخبارية
        "user_content",        # تقييمات وآراء العملاء، مراجعات المنتج
        "communications",      # قد يتم تسجيل المكالمات الواردة والصادرة
        "cookies",             # ملفات الكوكيز وتقنيات مشابهة
    },
    "purpose": {
        "account_management",   # لتسجيلك وإدارة حسابك
        "order_fulfilment",     # لإدارة عمليات الشراء، التجهيز، والتسليم
        "payment_processing",   # والمعاملات المالية المرتبطة بها / بوابات الدفع
        "analytics",            # لتحليل تفضيلات التسوق / إعداد التقارير
        "service_improvement",  # تحسين المنتجات والخدمات / تحسين تجربة المستخدم
        "marketing",            # تخصيص العروض التسويقية
        "competitions",         # لإدارة السحوبات والمسابقات
        "fraud_prevention",     # للحماية من الاحتيال والسرقة / منع الغش
        "identity_verification",  # لأغراض التحقق (المكالمات)
        "quality_training",     # مراقبة الجودة والتدريب
        "legal_compliance",     # عند ضرورة نقلها بموجب القانون
    },
    "recipient": {
        "verification_agency",    # وكالات التحقق
        "business_partner",       # شركاء موثوقين
        "financial_institution",  # مؤسسات مالية
        "law_enforcement",        # جهات تنفيذ القانون
        "service_provider",       # مزودي خدمات يعملون بالنيابة عنا
        "acquirer",               # في حالات الدمج أو الاستحواذ
        "payment_gateway",        # بوابات الدفع المعتمدة
    },
    "right": {
        "access",            # للحصول على نسخة من المعلومات الشخصية التي نحتفظ بها عنك
        "object_marketing",  # مع إتاحة خيار الإلغاء إذا رغبت
    },
    "security": {"encryption", "masking", "access_control"},  # تشفير؛ آخر أربعة أرقام؛ الوصول غير المصرح به
    "legal_basis": {"consent", "legal_obligation", "legitimate_interests"},
    # وافقت على أحكام هذه السياسة؛ بموجب القانون؛ لحماية حقوقنا
    "retention": {"not_retained"},  # ولا نحتفظ بها بشكل كامل على نظمنا (card data) — and no period anywhere
}

BROKER = {
    "data_category": {
        "identity",            # الاسم الكامل، تاريخ الميلاد
        "contact",             # رقم الهاتف، العنوان الكامل، رمز المدينة
        "government_id",       # جواز السفر أو الهوية الوطنية أو رخصة القيادة
        "proof_of_address",    # المستندات التي تؤكد مكان الإقامة (فواتير الخدمات)
        "financial",           # كشف حساب بنكي؛ التحويلات المالية؛ التحويل المصرفي
        "cookies",             # ملفات تعريف الارتباط
        "online_identifiers",  # معرّف لمتصفح العميل
    },
    "purpose": {
        "identity_verification",  # التحقق من هوية العميل / تأكيد الهوية
        "anti_money_laundering",  # تنفيذ سياسة مكافحة غسل الأموال
        "account_management",     # فتح حسابات التداول … قاعدة بيانات حسابات العملاء
        "marketing",              # إبلاغ العميل بتحديثات الشركة وأخبارها / الإبلاغ بسرعة عن خدمات الشركة الجديدة
        "analytics",              # إنشاء تقارير إحصائية / تحليل البيانات الإحصائية
        "service_improvement",    # خدمات ومنتجات ذات جودة أعلى / تحسين جودة الخدمة
        "customer_support",       # الاتصال العاجل بالعميل
        "legal_compliance",       # حماية الحقوق في المحكمة؛ تنفيذ أوامر المحكمة
    },
    "recipient": {
        "court",             # تنفيذ أوامر المحكمة
        "law_enforcement",   # سلطات إنفاذ القانون بناءً على طلب رسمي
        "business_partner",  # شركاء الأعمال (الأمناء)
    },
    "right": {
        "rectification",  # إخطار الشركة بأي تغييرات في البيانات الشخصية
    },
    "security": {"access_control", "anonymisation"},
    # معايير صارمة في عملية نقل المعلومات داخل الشركة؛ جميع المعلومات مجهولة المصدر
    "legal_basis": {"contract", "legal_obligation", "legitimate_interests"},
    # شرطًا إلزاميًا لبدء علاقة عمل؛ التي تتطلبها اللوائح؛ حماية الحقوق الشخصية والممتلكات في المحكمة
    "retention": set(),  # the broker says nothing about how long data is kept
}
