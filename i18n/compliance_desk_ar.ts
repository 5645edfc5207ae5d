<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Compliance Desk</source>
        <translation>عن مكتب الامتثال</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Bundled software and fonts, and their licences</source>
        <translation>البرمجيات والخطوط المضمّنة وتراخيصها</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Recipients of the data</source>
        <translation>الجهات المستلمة للبيانات</translation>
    </message>
    <message>
        <source>Transfers abroad</source>
        <translation>النقل خارج المملكة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>الضمانة</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>الجهة المستلمة</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>إضافة نقل</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>إزالة النقل</translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation>الجهات المستلمة والنقل</translation>
    </message>
    <message>
        <source>Missing for a complete record of processing: %1</source>
        <translation>ينقص لاكتمال سجل أنشطة المعالجة: %1</translation>
    </message>
    <message>
        <source>All minimum fields of a record of processing are filled.</source>
        <translation>جميع الحقول الدنيا لسجل أنشطة المعالجة مكتملة.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attach a file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy to disk; the export is audited.</source>
        <translation>يكتب نسخة غير مشفرة على القرص، ويُقيَّد التصدير في سجل التدقيق.</translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, TIFF or WebP, up to 20 MB; stored encrypted in the register.</source>
        <translation>ملفات PDF أو JPEG أو PNG أو TIFF أو WebP حتى 20 ميغابايت، تُحفظ مشفرة داخل السجل.</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>لا تتوفر معاينة لهذا الملف.</translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation>احفظ السجل أولاً، ثم أرفق الملفات به.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>المستندات الممسوحة (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>تصدير المرفق</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check of %1</source>
        <translation>فحص %1</translation>
    </message>
    <message>
        <source>This document breaks: %1</source>
        <translation>تخالف هذه الوثيقة: %1</translation>
    </message>
    <message>
        <source>The document meets every rule on this date.</source>
        <translation>تستوفي الوثيقة جميع القواعد في هذا التاريخ.</translation>
    </message>
    <message>
        <source>Saving as verified overrides these rules: give the reason.</source>
        <translation>الحفظ بنتيجة «تم التحقق» يتجاوز هذه القواعد: اذكر السبب.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the record you are editing before locking?</source>
        <translation>هل تريد حفظ السجل الذي تعدّله قبل القفل؟</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Compliance Desk</source>
        <translation>مكتب الامتثال</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing saved before it was lost. The details were written to:
%1</source>
        <translation>حدث خطأ ولم يكتمل الإجراء. لم يُفقد شيء مما حُفظ قبله. كُتبت التفاصيل في:
%1</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>%1: the order prohibits telling this customer about the request.</source>
        <translation>%1: يحظر الأمر إبلاغ هذا العميل بالطلب.</translation>
    </message>
    <message>
        <source>%1: telling this customer is deferred until %2.</source>
        <translation>%1: إبلاغ هذا العميل مؤجل حتى %2.</translation>
    </message>
    <message>
        <source>Do not tip off the customer.</source>
        <translation>لا تنبّه العميل.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>جهة الإصدار</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>آخر فحص</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>إضافة وثيقة…</translation>
    </message>
    <message>
        <source>Edit document…</source>
        <translation>تعديل الوثيقة…</translation>
    </message>
    <message>
        <source>Record check…</source>
        <translation>تسجيل فحص…</translation>
    </message>
    <message>
        <source>Save the customer first, then add documents.</source>
        <translation>احفظ بيانات العميل أولاً، ثم أضف الوثائق.</translation>
    </message>
    <message>
        <source>Documents and checks</source>
        <translation>الوثائق والفحوصات</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم تُفحص</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>This request is closed: it can be read, not changed.</source>
        <translation>هذا الطلب مغلق: يمكن الاطلاع عليه دون تعديله.</translation>
    </message>
    <message>
        <source>Customers concerned (client references, separated by commas)</source>
        <translation>العملاء المعنيون (أرقام العملاء مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Processing activities concerned</source>
        <translation>أنشطة المعالجة المعنية</translation>
    </message>
    <message>
        <source>Customers and activities</source>
        <translation>العملاء والأنشطة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
</context>
<context>
    <name>DisclosurePage</name>
    <message>
        <source>Start legal review</source>
        <translation>بدء المراجعة القانونية</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>تسجيل القرار…</translation>
    </message>
    <message>
        <source>Record disclosure…</source>
        <translation>تسجيل الإفصاح…</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>إغلاق الطلب</translation>
    </message>
    <message>
        <source>Import log…</source>
        <translation>استيراد سجل…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>كل الجهات الطالبة</translation>
    </message>
    <message>
        <source>Any request type</source>
        <translation>كل أنواع الطلبات</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>كل القرارات</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>مستحق خلال 14 يوماً</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>The order prohibits telling the subjects about this request. Do not contact or inform the customers concerned.</source>
        <translation>يحظر الأمر إشعار أصحاب البيانات بهذا الطلب. لا تتواصل مع العملاء المعنيين ولا تبلغهم.</translation>
    </message>
    <message>
        <source>Notifying the subjects is deferred until %1.</source>
        <translation>إشعار أصحاب البيانات مؤجل حتى %1.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Scans</source>
        <translation>الصور الممسوحة</translation>
    </message>
    <message>
        <source>check digits hold</source>
        <translation>أرقام التحقق صحيحة</translation>
    </message>
    <message>
        <source>check digits FAIL: %1</source>
        <translation>أرقام التحقق غير صحيحة: %1</translation>
    </message>
    <message>
        <source>Differs from the entered data: %1</source>
        <translation>تختلف عن البيانات المدخلة: %1</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Nothing is overdue or coming due.</source>
        <translation>لا يوجد ما هو متأخر أو مستحق قريباً.</translation>
    </message>
    <message>
        <source>Disclosure requests due within 14 days, identity documents expiring within 90 days, and customers overdue for re-verification.</source>
        <translation>طلبات الإفصاح المستحقة خلال 14 يوماً، ووثائق الهوية التي تنتهي خلال 90 يوماً، والعملاء المتأخرة إعادة التحقق منهم.</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>متأخر %1 يوم</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>خلال %1 يوم</translation>
    </message>
    <message>
        <source>Expired %1 days ago</source>
        <translation>انتهت منذ %1 يوم</translation>
    </message>
    <message>
        <source>Expires in %1 days</source>
        <translation>تنتهي خلال %1 يوم</translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>المستحقات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Customer or requester</source>
        <translation>العميل أو الجهة الطالبة</translation>
    </message>
    <message>
        <source>Due: %1 items, %2 overdue</source>
        <translation>المستحقات: %1، منها %2 متأخرة</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>سنة-شهر-يوم، مثال: ⁦2026-01-31⁩</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختر تاريخاً</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How Compliance Desk works</source>
        <translation>كيف يعمل مكتب الامتثال</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>A register is one encrypted file per organisation. It holds the record of processing activities and its recipients, the third-party disclosures (court orders, law-enforcement and regulator requests), and the KYC checks of customers&apos; documents. Every change is written into a tamper-evident audit trail.</source>
        <translation>السجل ملف مشفر واحد لكل منشأة، يضم سجل أنشطة المعالجة والجهات المستلمة، وطلبات الإفصاح لأطراف ثالثة (أوامر المحاكم وطلبات جهات إنفاذ القانون والجهات الرقابية)، وفحوصات وثائق العملاء ضمن «اعرف عميلك». ويُقيَّد كل تغيير في سجل تدقيق يكشف أي عبث.</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered</source>
        <translation>لا يمكن استرجاع عبارة المرور</translation>
    </message>
    <message>
        <source>The register is encrypted with its passphrase. Nobody, not even the makers of this application, can open it without the passphrase, and there is no way to reset it. Write it down and keep it somewhere safe, away from the computer.</source>
        <translation>السجل مشفر بعبارة المرور الخاصة به. لا يستطيع أحد فتحه بدونها، ولا حتى صانعو هذا التطبيق، ولا توجد طريقة لإعادة تعيينها. دوّنها واحفظها في مكان آمن بعيداً عن الحاسوب.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Keep encrypted backups on another disk: the command `compliance-desk backup REGISTER DEST` writes one that opens with the same passphrase. A restore checks the backup before it replaces anything.</source>
        <translation>احتفظ بنسخ احتياطية مشفرة على قرص آخر: يكتب الأمر ⁦compliance-desk backup REGISTER DEST⁩ نسخة تُفتح بعبارة المرور نفسها، وتتحقق الاستعادة من النسخة قبل أن تستبدل أي شيء.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Reports (Ctrl+P) are written in Arabic or English as PDF or Excel files. Each carries the register seal: the audit trail&apos;s fingerprint at the time of the report, so a printed report can be matched to the register later.</source>
        <translation>تُكتب التقارير (Ctrl+P) بالعربية أو الإنجليزية بصيغة PDF أو Excel، ويحمل كل تقرير ختم السجل: بصمة سجل التدقيق وقت إعداد التقرير، ليمكن لاحقاً مطابقة التقرير المطبوع مع السجل.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>قبل ← بعد</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>HitCard</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>قيد القائمة</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>أسباب هذه الدرجة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Why: what you compared and found (kept in the audit trail)</source>
        <translation>السبب: ما قارنته وما وجدته (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Select a hit to compare the customer with the list entry.</source>
        <translation>اختر تطابقاً لمقارنة العميل بقيد القائمة.</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · الدرجة %2 · %3</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>لم يُتخذ قرار بعد.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 بقرار %2 في %3: %4</translation>
    </message>
    <message>
        <source>(weak)</source>
        <translation>(ضعيف)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و%1 غيرها</translation>
    </message>
    <message>
        <source>male (from the given name)</source>
        <translation>ذكر (من الاسم الأول)</translation>
    </message>
    <message>
        <source>female (from the given name)</source>
        <translation>أنثى (من الاسم الأول)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>يُعرف أيضاً باسم</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>تاريخ الإدراج</translation>
    </message>
    <message>
        <source>Regime or programme</source>
        <translation>نظام العقوبات</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>إصدار القائمة</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>حالة العميل</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>اذكر سبب القرار.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>استيراد الصفوف الصالحة</translation>
    </message>
    <message>
        <source>%1 rows are invalid, so nothing was imported. Correct the file and import it again, or import only the %2 valid rows.</source>
        <translation>يوجد %1 من الصفوف غير الصالحة، لذا لم يُستورد شيء. صحّح الملف وأعد استيراده، أو استورد الصفوف الصالحة فقط وعددها %2.</translation>
    </message>
</context>
<context>
    <name>KycPage</name>
    <message>
        <source>Import customers…</source>
        <translation>استيراد العملاء…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>كل درجات المخاطر</translation>
    </message>
    <message>
        <source>Re-verification due</source>
        <translation>مستحق إعادة التحقق</translation>
    </message>
    <message>
        <source>Politically exposed</source>
        <translation>شخص سياسي ممثل للمخاطر</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>Sanctions and PEP lists</source>
        <translation>قوائم العقوبات والأشخاص السياسيين ممثلي المخاطر</translation>
    </message>
    <message>
        <source>Each import is a version of its list, kept in the register with the file&apos;s SHA-256. After an import every customer is screened again against the current versions.</source>
        <translation>كل استيراد إصدارٌ من قائمته، يُحفظ في السجل مع بصمة SHA-256 للملف. بعد كل استيراد يُعاد فحص جميع العملاء مقابل الإصدارات السارية.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Added / changed / removed</source>
        <translation>المضافة / المعدلة / المحذوفة</translation>
    </message>
    <message>
        <source>Generated by the publisher</source>
        <translation>تاريخ الإصدار لدى الناشر</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>وقت التحميل</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>Kind: from the file</source>
        <translation>النوع: من الملف</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>استيراد قائمة…</translation>
    </message>
    <message>
        <source>No list loaded yet. Import the UN consolidated list (XML), the Saudi PCCT list (xlsx) or an OpenSanctions targets.simple.csv.</source>
        <translation>لم تُحمَّل أي قائمة بعد. استورد القائمة الموحدة للأمم المتحدة (XML) أو القائمة الوطنية للإرهاب الصادرة عن اللجنة الدائمة لمكافحة الإرهاب (xlsx) أو ملف targets.simple.csv من OpenSanctions.</translation>
    </message>
    <message>
        <source>Import a sanctions list</source>
        <translation>استيراد قائمة عقوبات</translation>
    </message>
    <message>
        <source>Sanctions lists (*.xml *.xlsx *.csv);;All files (*)</source>
        <translation>قوائم العقوبات (*.xml *.xlsx *.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>جارٍ قراءة %1 …</translation>
    </message>
    <message>
        <source>%1 is the file already loaded as %2; nothing was written.</source>
        <translation>الملف %1 هو نفسه المحمّل بالإصدار %2؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Loaded %1: %2 entries (added %3, changed %4, removed %5).</source>
        <translation>حُمّل الإصدار %1: %2 قيداً (أُضيف %3، وعُدّل %4، وحُذف %5).</translation>
    </message>
    <message>
        <source>Screening every customer …</source>
        <translation>جارٍ فحص جميع العملاء …</translation>
    </message>
    <message>
        <source>Screening customers against the lists …</source>
        <translation>جارٍ فحص العملاء مقابل القوائم …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1: %2 customers screened, %3 new hits, %4 decided false positives not raised again.</source>
        <translation>%1: فُحص %2 عميلاً، و%3 تطابقات جديدة، و%4 من التطابقات الخاطئة المقررة سابقاً لم تُثر مجدداً.</translation>
    </message>
    <message>
        <source>Cancelled: the customers not reached were not screened.</source>
        <translation>أُلغي: لم يُفحص العملاء الذين لم يصل إليهم الفحص.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compliance Desk — %1</source>
        <translation>مكتب الامتثال — %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>المستحقات</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>الجهات المستلمة</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>الإفصاح لأطراف ثالثة</translation>
    </message>
    <message>
        <source>Transparency figures</source>
        <translation>أرقام الشفافية</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>اعرف عميلك</translation>
    </message>
    <message>
        <source>Sanctions screening</source>
        <translation>فحص قوائم العقوبات</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>فحص السياسة</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>التقارير…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Sanctions lists…</source>
        <translation>قوائم العقوبات…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>How Compliance Desk works</source>
        <translation>كيف يعمل مكتب الامتثال</translation>
    </message>
    <message>
        <source>About Compliance Desk</source>
        <translation>عن مكتب الامتثال</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>عدد السجلات: %1</translation>
    </message>
    <message>
        <source>Seal %1</source>
        <translation>الختم %1</translation>
    </message>
    <message>
        <source>Register seal (audit chain head): %1</source>
        <translation>ختم السجل (رأس سلسلة التدقيق): %1</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. Without it the register cannot be opened: keep it safe, and keep backups.</source>
        <translation>لا يمكن استرجاع عبارة المرور، ولا يمكن فتح السجل بدونها: احفظها في مكان آمن واحتفظ بنسخ احتياطية.</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>إنشاء السجل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>سجل مكتب الامتثال (*.cdesk)</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name in Arabic or English.</source>
        <translation>أدخل اسم المنشأة بالعربية أو بالإنجليزية.</translation>
    </message>
    <message>
        <source>Choose where to save the register.</source>
        <translation>اختر مكان حفظ السجل.</translation>
    </message>
    <message>
        <source>That file already exists.</source>
        <translation>هذا الملف موجود مسبقاً.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن %1 أحرف.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Paste the privacy policy here, or open its file (.txt, .docx, .html).</source>
        <translation>الصق نص سياسة الخصوصية هنا، أو افتح ملفها (.txt أو .docx أو .html).</translation>
    </message>
    <message>
        <source>Open policy…</source>
        <translation>فتح سياسة…</translation>
    </message>
    <message>
        <source>Check against the register</source>
        <translation>المطابقة مع السجل</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>النص الدال</translation>
    </message>
    <message>
        <source>Gaps (double-click to open the records concerned)</source>
        <translation>الفجوات (انقر مرتين لفتح السجلات المعنية)</translation>
    </message>
    <message>
        <source>What the policy states</source>
        <translation>ما تنص عليه السياسة</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>فتح سياسة</translation>
    </message>
    <message>
        <source>Policies (*.txt *.docx *.html *.htm)</source>
        <translation>السياسات (*.txt *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>%1 statements found; %2 gaps with the register.</source>
        <translation>وُجد %1 من البنود؛ و%2 من الفجوات مع السجل.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>New %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>في هذا السجل تغييرات لم تُحفظ. هل تريد حفظها؟</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>ناقص %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>History of the selected record</source>
        <translation>سجل تغييرات السجل المحدد</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Any legal basis</source>
        <translation>كل الأسس النظامية</translation>
    </message>
    <message>
        <source>Any data category</source>
        <translation>كل فئات البيانات</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>مستحق المراجعة</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Delete this record? The deletion is kept in the audit trail.</source>
        <translation>حذف هذا السجل؟ يبقى الحذف مقيداً في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Record of processing activities (PDF)</source>
        <translation>سجل أنشطة المعالجة (PDF)</translation>
    </message>
    <message>
        <source>Third-party disclosures and transparency (PDF)</source>
        <translation>الإفصاح لأطراف ثالثة والشفافية (PDF)</translation>
    </message>
    <message>
        <source>KYC document checks (PDF)</source>
        <translation>فحوصات وثائق اعرف عميلك (PDF)</translation>
    </message>
    <message>
        <source>Sanctions screening for a period (PDF)</source>
        <translation>فحص قوائم العقوبات لفترة (PDF)</translation>
    </message>
    <message>
        <source>Record sheet with its audit history (PDF)</source>
        <translation>بطاقة سجل مع سجل تدقيقه (PDF)</translation>
    </message>
    <message>
        <source>Register workbook (Excel)</source>
        <translation>مصنف السجل (Excel)</translation>
    </message>
    <message>
        <source>Audit pack: every report in both languages (folder)</source>
        <translation>حزمة التدقيق: كل التقارير باللغتين (مجلد)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>سنة-شهر-يوم، مثال: ⁦2026-01-31⁩</translation>
    </message>
    <message>
        <source>Show the Umm al-Qura Hijri date</source>
        <translation>عرض التاريخ الهجري (أم القرى)</translation>
    </message>
    <message>
        <source>Show identifiers in full</source>
        <translation>عرض المعرّفات كاملة</translation>
    </message>
    <message>
        <source>e.g. PA-0001, DSC-2026-0001, CUS-00001</source>
        <translation>مثال: ⁦PA-0001, DSC-2026-0001, CUS-00001⁩</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Audit pack folder</source>
        <translation>مجلد حزمة التدقيق</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>أُلغي؛ لم يُكتب أي تقرير.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>كُتب في %1</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>To decide (open and escalated)</source>
        <translation>بانتظار القرار (المفتوحة والمُصعَّدة)</translation>
    </message>
    <message>
        <source>All hits</source>
        <translation>جميع التطابقات</translation>
    </message>
    <message>
        <source>Screen all customers now</source>
        <translation>افحص جميع العملاء الآن</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>القوائم…</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>No sanctions list is loaded: open Lists… and import one.</source>
        <translation>لا توجد قائمة عقوبات محمّلة: افتح «القوائم…» واستورد قائمة.</translation>
    </message>
    <message>
        <source>%1 to decide, %2 confirmed. Lists: %3</source>
        <translation>%1 بانتظار القرار، و%2 مؤكدة. القوائم: %3</translation>
    </message>
    <message>
        <source>Screening customers against the lists …</source>
        <translation>جارٍ فحص العملاء مقابل القوائم …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1: %2 customers screened, %3 new hits, %4 decided false positives not raised again.</source>
        <translation>%1: فُحص %2 عميلاً، و%3 تطابقات جديدة، و%4 من التطابقات الخاطئة المقررة سابقاً لم تُثر مجدداً.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>كما تكتبها اللغة</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Show Hijri (Umm al-Qura) dates beside Gregorian dates</source>
        <translation>عرض التاريخ الهجري (أم القرى) بجانب التاريخ الميلادي</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Your name, as written in the audit trail</source>
        <translation>اسمك كما يُكتب في سجل التدقيق</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوماً</translation>
    </message>
    <message>
        <source>Reports: show the Umm al-Qura Hijri date beside Gregorian dates</source>
        <translation>التقارير: عرض التاريخ الهجري (أم القرى) بجانب التاريخ الميلادي</translation>
    </message>
    <message>
        <source>Reports: show identifiers in full (masked by default)</source>
        <translation>التقارير: عرض المعرّفات كاملة (مخفية جزئياً افتراضياً)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>اسم المسؤول</translation>
    </message>
    <message>
        <source>Oldest proof of address</source>
        <translation>أقدم إثبات عنوان مقبول</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقارير</translation>
    </message>
</context>
<context>
    <name>TransparencyPage</name>
    <message>
        <source>Show figures</source>
        <translation>عرض الأرقام</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>الطلبات المستلمة</translation>
    </message>
    <message>
        <source>Accounts requested</source>
        <translation>الحسابات المطلوبة</translation>
    </message>
    <message>
        <source>Requests where some data was disclosed</source>
        <translation>طلبات أُفصح فيها عن بيانات</translation>
    </message>
    <message>
        <source>Emergency / other requests</source>
        <translation>طلبات طارئة / أخرى</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>By requesting authority</source>
        <translation>حسب الجهة الطالبة</translation>
    </message>
    <message>
        <source>By request type</source>
        <translation>حسب نوع الطلب</translation>
    </message>
    <message>
        <source>By decision</source>
        <translation>حسب القرار</translation>
    </message>
    <message>
        <source>By jurisdiction</source>
        <translation>حسب الاختصاص القضائي</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Compliance Desk — open a register</source>
        <translation>مكتب الامتثال — فتح سجل</translation>
    </message>
    <message>
        <source>Compliance Desk</source>
        <translation>مكتب الامتثال</translation>
    </message>
    <message>
        <source>Encrypted registers of processing, disclosures and KYC checks</source>
        <translation>سجلات مشفرة لأنشطة المعالجة والإفصاح وفحوصات اعرف عميلك</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>سجل جديد…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Welcome. Create the register of your organisation, or look around the demo register of a fictional jeweller first.</source>
        <translation>مرحباً بك. أنشئ سجل منشأتك، أو تعرّف أولاً على السجل التجريبي لمتجر مجوهرات افتراضي.</translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation>إنشاء سجل</translation>
    </message>
    <message>
        <source>Open the demo register</source>
        <translation>فتح السجل التجريبي</translation>
    </message>
    <message>
        <source>Recent registers</source>
        <translation>السجلات الأخيرة</translation>
    </message>
    <message>
        <source>No register yet: create one, or open an existing file.</source>
        <translation>لا يوجد سجل بعد: أنشئ سجلاً جديداً أو افتح ملفاً موجوداً.</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>فتح سجل</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>سجل مكتب الامتثال (*.cdesk)</translation>
    </message>
    <message>
        <source>Choose a register first.</source>
        <translation>اختر سجلاً أولاً.</translation>
    </message>
</context>
</TS>
