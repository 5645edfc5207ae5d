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
        <source>Choose a country…</source>
        <translation>اختر الدولة…</translation>
    </message>
    <message>
        <source>Choose the safeguard…</source>
        <translation>اختر الضمانة…</translation>
    </message>
    <message>
        <source>Missing for a complete record of processing: %1</source>
        <translation>ينقص لاكتمال سجل أنشطة المعالجة: %1</translation>
    </message>
    <message>
        <source>All minimum fields of a record of processing are filled.</source>
        <translation>جميع الحقول الدنيا لسجل أنشطة المعالجة مكتملة.</translation>
    </message>
    <message>
        <source>Choose the country and the safeguard of each transfer abroad.</source>
        <translation>اختر الدولة والضمانة لكل نقل إلى خارج المملكة.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
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
        <source>PDF, JPEG, PNG, TIFF or WebP, up to %1 MB; stored encrypted in the register.</source>
        <translation>ملفات PDF أو JPEG أو PNG أو TIFF أو WebP حتى %1 ميغابايت، تُحفظ مشفرة داخل السجل.</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>لا تتوفر معاينة لهذا الملف.</translation>
    </message>
    <message>
        <source>Save and attach a file…</source>
        <translation>حفظ وإرفاق ملف…</translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation>احفظ السجل أولاً، ثم أرفق الملفات به.</translation>
    </message>
    <message>
        <source>Attaching a file saves the new record first; the dialog stays open.</source>
        <translation>إرفاق ملف يحفظ السجل الجديد أولاً، وتبقى النافذة مفتوحة.</translation>
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
    <name>BreachCountdown</name>
    <message>
        <source>%1: %2</source>
        <translation>%2 — %1</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+%1 غيره)</translation>
    </message>
    <message>
        <source>Personal-data breaches: SDAIA is notified within 72 hours of becoming aware (PDPL Art. 20). Click to show the breach.</source>
        <translation>حوادث تسرب البيانات الشخصية: تُبلَّغ سدايا خلال 72 ساعة من العلم بالحادثة (المادة 20 من نظام حماية البيانات الشخصية). انقر لعرض الحادثة.</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>This breach is closed: it can be read, not changed.</source>
        <translation>هذه الحادثة مغلقة: يمكن الاطلاع عليها دون تعديلها.</translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>جهة المعالجة المعنية</translation>
    </message>
    <message>
        <source>Processing activities concerned</source>
        <translation>أنشطة المعالجة المعنية</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>السجلات المرتبطة</translation>
    </message>
    <message>
        <source>Evidence and filings</source>
        <translation>الأدلة والإبلاغات المقدَّمة</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <source>Aware at %1 · deadline %2</source>
        <translation>وقت العلم %1، آخر موعد للإبلاغ %2</translation>
    </message>
</context>
<context>
    <name>BreachPage</name>
    <message>
        <source>Record assessment…</source>
        <translation>تسجيل التقييم…</translation>
    </message>
    <message>
        <source>Record notice to SDAIA…</source>
        <translation>تسجيل إبلاغ سدايا…</translation>
    </message>
    <message>
        <source>Record containment…</source>
        <translation>تسجيل الاحتواء…</translation>
    </message>
    <message>
        <source>Close breach…</source>
        <translation>إغلاق الحادثة…</translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation>الخطوات…</translation>
    </message>
    <message>
        <source>Notice to SDAIA…</source>
        <translation>إبلاغ سدايا…</translation>
    </message>
    <message>
        <source>Notice to data subjects…</source>
        <translation>إشعار أصحاب البيانات…</translation>
    </message>
    <message>
        <source>Import breach log…</source>
        <translation>استيراد سجل حوادث التسرب…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>كل الأسباب</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>كل درجات الخطورة</translation>
    </message>
    <message>
        <source>SDAIA not yet notified</source>
        <translation>لم تُبلَّغ سدايا بعد</translation>
    </message>
    <message>
        <source>The data subjects need not be told (decided: not required): no letter is written to them.</source>
        <translation>لا يلزم إشعار أصحاب البيانات (القرار: لا يلزم)؛ فلا يُعدّ خطاب إليهم.</translation>
    </message>
    <message>
        <source>Record the decision to notify the data subjects first (in the assessment or the containment): the letter follows that decision.</source>
        <translation>سجّل أولاً قرار إشعار أصحاب البيانات (في التقييم أو الاحتواء)؛ فالخطاب يُعدّ بعد هذا القرار.</translation>
    </message>
    <message>
        <source>The notice to the data subjects: a letter (PDF or text) or an e-mail text, in the interface&apos;s language.</source>
        <translation>الإشعار الموجّه إلى أصحاب البيانات: خطاب (PDF أو نص) أو نص بريد إلكتروني، بلغة الواجهة.</translation>
    </message>
    <message>
        <source>%1: %2 (deadline %3)</source>
        <translation>%1: %2 (آخر موعد %3)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text to paste (*.txt)</source>
        <translation>نص للصق (*.txt)</translation>
    </message>
    <message>
        <source>E-mail text (*.eml)</source>
        <translation>نص بريد إلكتروني (*.eml)</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>حفظ الإبلاغ</translation>
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
        <source>The document meets every rule on this date; choose the result.</source>
        <translation>الوثيقة تستوفي كل القواعد في هذا التاريخ؛ اختر النتيجة.</translation>
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
    <name>CheckReportDialog</name>
    <message>
        <source>Check a report</source>
        <translation>التحقق من تقرير</translation>
    </message>
    <message>
        <source>Type or paste the seal printed on a report (at least 12 characters, or the text its QR code holds), or choose the report&apos;s file: the answer says whether it was issued from this register, when and by whom, and what changed since.</source>
        <translation>اكتب الختم المطبوع على التقرير أو الصقه (12 خانة على الأقل، أو النص الذي يحمله رمز QR فيه)، أو اختر ملف التقرير: تبيّن الإجابة هل صدر من هذا السجل، ومتى، ومن أصدره، وما الذي تغيّر بعده.</translation>
    </message>
    <message>
        <source>Seal, e.g. 3f2a9c41d07be5a2…</source>
        <translation>الختم، مثل 3f2a9c41d07be5a2…</translation>
    </message>
    <message>
        <source>A report (PDF), workbook (xlsx) or manifest.json</source>
        <translation>تقرير (PDF) أو مصنف (xlsx) أو ملف manifest.json</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>الختم</translation>
    </message>
    <message>
        <source>Or a file</source>
        <translation>أو ملف</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Choose a report</source>
        <translation>اختيار تقرير</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.xlsx *.json);;All files (*)</source>
        <translation>التقارير (*.pdf *.xlsx *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Type a seal or choose a file.</source>
        <translation>اكتب ختماً أو اختر ملفاً.</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>جارٍ فحص سلسلة التدقيق…</translation>
    </message>
    <message>
        <source>This seal is from this register; records changed after it.</source>
        <translation>هذا الختم صادر من هذا السجل، وتغيّرت سجلات بعده.</translation>
    </message>
    <message>
        <source>This seal is from this register; nothing changed since.</source>
        <translation>هذا الختم صادر من هذا السجل، ولم يتغير شيء بعده.</translation>
    </message>
    <message>
        <source>This exact file was produced from this register.</source>
        <translation>هذا الملف بعينه صدر من هذا السجل.</translation>
    </message>
    <message>
        <source>This file was changed after it was exported.</source>
        <translation>تغيّر هذا الملف بعد تصديره.</translation>
    </message>
    <message>
        <source>This file was not produced from this register.</source>
        <translation>هذا الملف لم يصدر من هذا السجل.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; the log has the details.</source>
        <translation>تعذّر التحقق لخطأ غير متوقع؛ التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <source>A register shared by a compliance team is kept on a PostgreSQL server. Sign in with your own database login: your changes are recorded under it.</source>
        <translation>يُحفظ السجل الذي يتشاركه فريق الامتثال على خادم PostgreSQL. سجّل الدخول باسم المستخدم الخاص بك في قاعدة البيانات: تُقيَّد تغييراتك باسمه.</translation>
    </message>
    <message>
        <source>server name, or a postgresql:// address</source>
        <translation>اسم الخادم، أو عنوان يبدأ بـ postgresql://</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA certificate (.pem)</source>
        <translation>شهادة جهة التصديق الخاصة بالمنشأة (‎.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Register passphrase</source>
        <translation>عبارة مرور السجل</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>الشهادة الموثوقة</translation>
    </message>
    <message>
        <source>your own, not the database password</source>
        <translation>عبارتك الخاصة، لا كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Your own passphrase: it unlocks the register&apos;s encrypted documents and identifiers (each person has their own). Left blank, those fields read “encrypted — no key”.</source>
        <translation>عبارة المرور الخاصة بك: تفتح المستندات والمعرّفات المشفّرة في السجل (لكل شخص عبارته). إن تُركت فارغة ظهرت تلك الحقول «مشفّر — لا مفتاح».</translation>
    </message>
    <message>
        <source>Plain connection, no TLS (only to a server on this computer)</source>
        <translation>اتصال غير مشفّر، بلا TLS (بخادم على هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation>شهادة جهة التصديق الخاصة بالمنشأة</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The address is remembered among the recent registers; the database password and the register passphrase are never remembered.</source>
        <translation>يُحفظ العنوان ضمن السجلات الأخيرة؛ أما كلمة مرور قاعدة البيانات وعبارة مرور السجل فلا تُحفظان أبداً.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 (database %2, user %3)</source>
        <translation>%1 (قاعدة البيانات %2، المستخدم %3)</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>أدخل الخادم وقاعدة البيانات.</translation>
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
    <message>
        <source>The record you are editing cannot be saved as it stands. Discard its changes and lock?</source>
        <translation>لا يمكن حفظ السجل الذي تحرره على حاله. هل تتجاهل تغييراته وتقفل السجل؟</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %Ln minute(s) without activity.</source>
        <translation>
            <numerusform>قُفل السجل بعد فترة دون نشاط.</numerusform>
            <numerusform>قُفل السجل بعد دقيقة واحدة دون نشاط.</numerusform>
            <numerusform>قُفل السجل بعد دقيقتين دون نشاط.</numerusform>
            <numerusform>قُفل السجل بعد %Ln دقائق دون نشاط.</numerusform>
            <numerusform>قُفل السجل بعد %Ln دقيقة دون نشاط.</numerusform>
            <numerusform>قُفل السجل بعد %Ln دقيقة دون نشاط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved edits are kept: they reopen, still unsaved, when you unlock.</source>
        <translation>احتُفظ بتعديلاتك غير المحفوظة، وستُفتح من جديد عند فتح القفل وهي ما تزال غير محفوظة.</translation>
    </message>
    <message>
        <source>Nothing was restored: the safety copy of the open register failed. %1</source>
        <translation>لم يُستعد شيء: تعذّر حفظ نسخة أمان من السجل المفتوح. %1</translation>
    </message>
    <message>
        <source>The restore failed; the register was left as it was. %1</source>
        <translation>فشلت الاستعادة، وبقي السجل على حاله. %1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>تمت الاستعادة</translation>
    </message>
    <message>
        <source>The backup was restored to %1. Open it now? The register open now will be closed.</source>
        <translation>استُعيدت النسخة الاحتياطية في %1. هل تريد فتحها الآن؟ سيُغلق السجل المفتوح حالياً.</translation>
    </message>
    <message>
        <source>Restored from %1. The register as it was before is kept at %2.</source>
        <translation>استُعيد السجل من %1. وحُفظ السجل كما كان قبل الاستعادة في %2.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
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
        <source>Adding a document saves the new customer first; this dialog stays open.</source>
        <translation>إضافة وثيقة تحفظ العميل الجديد أولاً، وتبقى هذه النافذة مفتوحة.</translation>
    </message>
    <message>
        <source>Decide the customer&apos;s risk rating (low, medium or high).</source>
        <translation>حدّد درجة مخاطر العميل (منخفضة أو متوسطة أو مرتفعة).</translation>
    </message>
    <message>
        <source>Documents and checks</source>
        <translation>الوثائق والفحوصات</translation>
    </message>
    <message>
        <source>Save and add a document…</source>
        <translation>حفظ وإضافة وثيقة…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم تُفحص</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Find a customer: name (Arabic or Latin), client reference or CUS-…</source>
        <translation>ابحث عن عميل: الاسم (بالعربية أو اللاتينية) أو رقم العميل أو ‎CUS-…‎</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Customers concerned</source>
        <translation>العملاء المعنيون</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>لا يوجد عميل مطابق.</translation>
    </message>
    <message>
        <source>More than %1 match: type more of the name.</source>
        <translation>أكثر من %1 نتيجة مطابقة: اكتب جزءاً أطول من الاسم.</translation>
    </message>
    <message>
        <source>Double-click or press Return to add.</source>
        <translation>انقر مرتين أو اضغط Enter للإضافة.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 28/02/2026 or 2026-02-28</source>
        <translation>مثال: 28/02/2026 أو 2026-02-28</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
    <message>
        <source>%1 (from the Hijri date %2)</source>
        <translation>%1 (من التاريخ الهجري %2)</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>فُهم على أنه: %1</translation>
    </message>
    <message>
        <source>There is no such day in the calendar.</source>
        <translation>لا يوجد هذا اليوم في التقويم.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. %1.</source>
        <translation>اكتب السنة بأربعة أرقام، مثل %1.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>يجب أن تكون السنة بين %1 و%2.</translation>
    </message>
    <message>
        <source>Hijri dates can be converted for the years %1 to %2 AH.</source>
        <translation>يمكن تحويل التواريخ الهجرية للسنوات من %1 إلى %2 هـ.</translation>
    </message>
    <message>
        <source>Not a date. Write it as day/month/year (%1) or year-month-day (%2).</source>
        <translation>ليس تاريخاً. اكتبه بصيغة يوم/شهر/سنة (%1) أو سنة-شهر-يوم (%2).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the rights asked — %1</source>
        <translation>البت في الحقوق المطلوبة — %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a record to see its details and history here.</source>
        <translation>اختر سجلاً لعرض تفاصيله وسجل تغييراته هنا.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>This request is closed: it can be read, not changed.</source>
        <translation>هذا الطلب مغلق: يمكن الاطلاع عليه دون تعديله.</translation>
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
        <source>Expired document</source>
        <translation>وثيقة منتهية الصلاحية</translation>
    </message>
    <message>
        <source>This %1 expired on %2: a check of it will fail, and the customer needs a current one. Save it anyway?</source>
        <translation>انتهت صلاحية هذه الوثيقة (%1) في %2: سيفشل فحصها، ويحتاج العميل إلى وثيقة سارية. هل تحفظها مع ذلك؟</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>حفظ مع ذلك</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Expired on %1: a check of this document will fail.</source>
        <translation>انتهت صلاحيتها في %1: سيفشل فحص هذه الوثيقة.</translation>
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
    <message>
        <source>document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>البيانات الاختيارية</translation>
    </message>
    <message>
        <source>whole line</source>
        <translation>السطر كاملاً</translation>
    </message>
</context>
<context>
    <name>ErasureBlocked</name>
    <message>
        <source>Show what is kept, on what basis, until when ▸</source>
        <translation>عرض ما يُحتفظ به، وسنده، وحتى متى ◂</translation>
    </message>
    <message>
        <source>Show less ▴</source>
        <translation>عرض أقل ▴</translation>
    </message>
    <message>
        <source>Erasure: retention periods to review: %1</source>
        <translation>الإتلاف: مدد احتفاظ تلزم مراجعتها: %1</translation>
    </message>
    <message>
        <source>No legal hold is recorded: the activities below keep this data for their stated retention period (until %1) with no legal basis recorded. Check them before deciding.</source>
        <translation>لم يُسجَّل التزام احتفاظ نظامي: تحتفظ الأنشطة المبينة أدناه بهذه البيانات طوال مدة الاحتفاظ المحددة لها (حتى %1) دون تسجيل أساس نظامي. راجِعوها قبل اتخاذ القرار.</translation>
    </message>
    <message>
        <source>Erasure limited by legal holds: %1</source>
        <translation>الإتلاف محدود بالتزامات الاحتفاظ النظامية: %1</translation>
    </message>
    <message>
        <source>The data below must be kept until %1; the rest of this person&apos;s data can be erased.</source>
        <translation>يجب الاحتفاظ بالبيانات المبينة أدناه حتى %1؛ ويمكن إتلاف بقية بيانات هذا الشخص.</translation>
    </message>
    <message>
        <source>Kept, on what basis, until when:</source>
        <translation>ما يُحتفظ به، وسنده النظامي، ومدته:</translation>
    </message>
    <message>
        <source>To review: no legal basis is recorded for the retention of %1. Record the law or reason that requires it in each activity, or shorten its retention.</source>
        <translation>للمراجعة: لم يُسجَّل أساس نظامي للاحتفاظ في %1. سجِّلوا النظام أو السبب الذي يوجبه في كل نشاط، أو قصِّروا مدة الاحتفاظ.</translation>
    </message>
    <message>
        <source>Erasing the due-diligence records or ID copies would breach AML Law Art. 12: they must be kept 10 years after the relationship ends. An override is recorded with its reason and the holds it overrode.</source>
        <translation>إتلاف سجلات العناية الواجبة أو صور وثائق الهوية يخالف المادة 12 من نظام مكافحة غسل الأموال: إذ يجب الاحتفاظ بها عشر سنوات بعد انتهاء العلاقة. ويُسجَّل أي تجاوز مع سببه والالتزامات التي تجاوزها.</translation>
    </message>
    <message>
        <source>To erase the held data anyway, the decision must record why the holds are overridden; the holds overridden are kept with it.</source>
        <translation>لإتلاف البيانات المحتفظ بها رغم ذلك، يجب أن يُسجَّل في القرار سبب تجاوز التزامات الاحتفاظ، وتُحفظ معه الالتزامات التي تم تجاوزها.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>e.g. %1 (date, then the time)</source>
        <translation>مثال: %1 (التاريخ ثم الوقت)</translation>
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
        <source>The action queue</source>
        <translation>قائمة المهام</translation>
    </message>
    <message>
        <source>The first page lists what is due, the law&apos;s deadlines first: authority requests, then notifications whose deferral has ended, then customers&apos; documents and re-verifications, then the upkeep of the record of processing. Double-click an item to open its record. Acknowledge or snooze an item with a reason; the reason is kept in the audit trail, and a legal deadline comes back on its due date whatever the snooze says.</source>
        <translation>تعرض الصفحة الأولى ما حان موعده، والمواعيد النظامية أولاً: طلبات الجهات، ثم الإشعارات التي انتهى تأجيلها، ثم وثائق العملاء وإعادة التحقق منهم، ثم صيانة سجل أنشطة المعالجة. انقر مرتين على أي بند لفتح سجله. ويمكنك تأكيد الاطلاع على بند أو تأجيل تذكيره مع ذكر السبب؛ ويُحفظ السبب في سجل التدقيق، ويعود الموعد النظامي في تاريخ استحقاقه مهما كان التأجيل.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Type dates the way you write them: 28/02/2026 (day first), 2026-02-28, 2026/02/28, in Arabic-Indic or Latin digits, or with the month&apos;s name. A Hijri date marked هـ (or with a year such as 1447) is converted with the Umm al-Qura calendar. Under the field you see the date that was understood.</source>
        <translation>اكتب التاريخ كما تكتبه عادة: ٢٨/٠٢/٢٠٢٦ (اليوم أولاً)، أو ٢٠٢٦-٠٢-٢٨، أو ٢٠٢٦/٠٢/٢٨، بالأرقام العربية أو اللاتينية، أو باسم الشهر. ويُحوَّل التاريخ الهجري المميز بـ«هـ» (أو الذي سنته مثل ١٤٤٧) وفق تقويم أم القرى. وتحت الحقل يظهر التاريخ الذي فُهم.</translation>
    </message>
    <message>
        <source>Backups and maintenance</source>
        <translation>النسخ الاحتياطي والصيانة</translation>
    </message>
    <message>
        <source>Everything is in the Register menu. Back up… writes an encrypted copy that opens with the same passphrase: keep it on another disk. Restore from a backup… checks the backup entry by entry before anything is replaced, and keeps a copy of the register it replaces. Verify… checks every page, the audit trail and every record, and names the first broken entry. Change passphrase… encrypts the register again; backups made before keep the old passphrase.</source>
        <translation>تجد كل ذلك في قائمة «السجل». «نسخ احتياطي…» يكتب نسخة مشفرة تُفتح بعبارة المرور نفسها: احفظها على قرص آخر. «الاستعادة من نسخة احتياطية…» تفحص النسخة قيداً قيداً قبل استبدال أي شيء، وتحتفظ بنسخة من السجل الذي تستبدله. «التحقق…» يفحص كل صفحة وسجل التدقيق وكل سجل، ويحدد أول قيد معطوب. «تغيير عبارة المرور…» يعيد تشفير السجل، وتبقى النسخ الاحتياطية السابقة بعبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Reports (Ctrl+P) are written in Arabic or English as PDF or Excel files. Each carries its register seal, with its entry number and export time and, on a PDF, a QR code: the seal is the audit trail&apos;s entry for that export. Register ▸ Check a report… says whether a seal or a file came from this register and what changed since; the Reports window can re-make a report as the register was at an earlier seal.</source>
        <translation>تُكتب التقارير (Ctrl+P) بالعربية أو الإنجليزية ملفاتِ PDF أو Excel. ويحمل كل تقرير ختم السجل مع رقم قيده ووقت تصديره، ورمز QR في تقارير PDF: والختم هو قيد ذلك التصدير في سجل التدقيق. ويبيّن الأمر السجل ◂ التحقق من تقرير… هل صدر ختم أو ملف من هذا السجل وما الذي تغيّر بعده، ويمكن من نافذة التقارير إعادة إنشاء تقرير كما كان السجل عند ختم سابق.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>When (%1 time)</source>
        <translation>الوقت (بتوقيت %1)</translation>
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
    <message>
        <source>Recorded at %1 (UTC)</source>
        <translation>سُجّل في %1 (بالتوقيت العالمي المنسق)</translation>
    </message>
    <message>
        <source>Encrypted at rest: %1</source>
        <translation>شُفِّرت في التخزين: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>عُدِّل: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
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
        <source>Choose a decision…</source>
        <translation>اختر قراراً…</translation>
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
        <translation>%1، الدرجة %2، %3</translation>
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
        <source>Choose a decision: true match, false positive or escalated.</source>
        <translation>اختر قراراً: تطابق حقيقي، أو تطابق خاطئ، أو مُصعَّد.</translation>
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
        <source>One view of the person</source>
        <translation>عرض موحد لبيانات الشخص</translation>
    </message>
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
    <name>LiveRefresh</name>
    <message>
        <source>Server connection lost — retrying</source>
        <translation>انقطع الاتصال بالخادم — تجري إعادة المحاولة</translation>
    </message>
    <message>
        <source>Edits in an open dialog are kept; saving them again retries. The tables are read again once the server answers.</source>
        <translation>تبقى التعديلات في النافذة المفتوحة محفوظة لديك؛ والحفظ مرة أخرى يعيد المحاولة. وتُقرأ الجداول من جديد حين يستجيب الخادم.</translation>
    </message>
    <message>
        <source>Updated: %1 saved a change</source>
        <translation>حُدّثت البيانات: حفظ %1 تغييرًا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compliance Desk — %1</source>
        <translation>مكتب الامتثال — %1</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Back up the register</source>
        <translation>النسخ الاحتياطي للسجل</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>سجل مكتب الامتثال (*.cdesk)</translation>
    </message>
    <message>
        <source>Writing an encrypted copy to %1. It opens with the register&apos;s passphrase.</source>
        <translation>تُكتب نسخة مشفرة في %1، وتُفتح بعبارة مرور السجل.</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was kept.</source>
        <translation>أُلغي النسخ الاحتياطي، ولم يُحتفظ بأي ملف.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <source>Backup written to %1 (seal %2). Keep it on another disk; it opens with the register&apos;s passphrase.</source>
        <translation>كُتبت النسخة الاحتياطية في %1 (الختم %2). احفظها على قرص آخر، وهي تُفتح بعبارة مرور السجل.</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>التحقق…</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Not for a register on a server: its administrator backs it up and manages the logins with the server&apos;s own tools.</source>
        <translation>لا ينطبق على سجل على خادم: يتولى مسؤوله النسخ الاحتياطي وإدارة أسماء الدخول بأدوات الخادم نفسه.</translation>
    </message>
    <message>
        <source>Opened read-only: the register is in use for changes elsewhere.</source>
        <translation>مفتوح للقراءة فقط: السجل قيد التعديل في مكان آخر.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation>تأكيد الاطلاع</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل التذكير</translation>
    </message>
    <message>
        <source>Why, for the audit trail: e.g. “court granted an extension to 15 March”, “customer sent a new passport, check booked”</source>
        <translation>السبب، ليُحفظ في سجل التدقيق: مثل «منحت المحكمة مهلة حتى ١٥ مارس» أو «أرسل العميل جوازاً جديداً وحُدد موعد الفحص»</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The item leaves the queue until its deadline changes or you put it back (show acknowledged items, then Put back in the queue). Your name, the time and the reason are kept in the audit trail.</source>
        <translation>يخرج البند من القائمة حتى يتغير موعده أو تعيده إليها (أظهر البنود المؤكَّد الاطلاع عليها، ثم اختر «إعادة إلى القائمة»). ويُحفظ اسمك والوقت والسبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The item leaves the queue while it stays as urgent as it is now; it comes back when its deadline gets closer or changes. Your name, the time and the reason are kept in the audit trail.</source>
        <translation>يخرج البند من القائمة ما دام على درجة إلحاحه الحالية، ويعود إليها حين يقترب موعده أو يتغير. ويُحفظ اسمك والوقت والسبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The item comes back on the chosen day (at most %1 days from today). Your name, the time and the reason are kept in the audit trail.</source>
        <translation>يعود البند في اليوم الذي تختاره (بحد أقصى %1 يوماً من اليوم). ويُحفظ اسمك والوقت والسبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>A legal deadline comes back on its due date, %1, at the latest.</source>
        <translation>ويعود الموعد النظامي في تاريخ استحقاقه %1 على الأكثر.</translation>
    </message>
    <message>
        <source>Give the reason: it is kept in the audit trail.</source>
        <translation>اذكر السبب، فهو يُحفظ في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Choose the day the item comes back.</source>
        <translation>اختر اليوم الذي يعود فيه البند.</translation>
    </message>
    <message>
        <source>Choose a day after today.</source>
        <translation>اختر يوماً بعد اليوم.</translation>
    </message>
    <message>
        <source>A snooze lasts %1 days at most.</source>
        <translation>لا يزيد التأجيل على %1 يوماً.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
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
        <source>Check a report…</source>
        <translation>التحقق من تقرير…</translation>
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
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Action queue</source>
        <translation>قائمة المهام</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>حوادث تسرب البيانات الشخصية</translation>
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
        <translation>إحصاءات الشفافية</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>طلبات أصحاب البيانات</translation>
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
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <translation>%1، المتأخر: %2</translation>
    </message>
    <message>
        <source>%1 · %2 due today</source>
        <translation>%1، المستحق اليوم: %2</translation>
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
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
</context>
<context>
    <name>NoticeDetailsDialog</name>
    <message>
        <source>Notice details</source>
        <translation>بيانات الإشعار</translation>
    </message>
    <message>
        <source>What the privacy notice tells people about reaching you and exercising their rights. Requests are answered within 30 days (PDPL Implementing Regulation, Art. 3).</source>
        <translation>ما يعرضه إشعار الخصوصية عن طرق التواصل معكم وكيف يمارس أصحاب البيانات حقوقهم. يُرد على الطلبات خلال 30 يومًا (المادة 3 من اللائحة التنفيذية لنظام حماية البيانات الشخصية).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Open published policy…</source>
        <translation>فتح السياسة المنشورة…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Notice details…</source>
        <translation>بيانات الإشعار…</translation>
    </message>
    <message>
        <source>Save notice as…</source>
        <translation>حفظ الإشعار باسم…</translation>
    </message>
    <message>
        <source>Notice language</source>
        <translation>لغة الإشعار</translation>
    </message>
    <message>
        <source>Paste the published privacy policy here, or open its file, to compare it with the notice.</source>
        <translation>الصق نص سياسة الخصوصية المنشورة هنا، أو افتح ملفها، لمقارنتها بالإشعار.</translation>
    </message>
    <message>
        <source>Published policy</source>
        <translation>السياسة المنشورة</translation>
    </message>
    <message>
        <source>Notice the register implies</source>
        <translation>الإشعار المستخلص من السجل</translation>
    </message>
    <message>
        <source>Gaps (click to see where; orange: change the policy, green: add to the policy, red: fix the policy)</source>
        <translation>الفجوات (انقر لترى موضعها؛ البرتقالي: عدّل السياسة، الأخضر: أضف إلى السياسة، الأحمر: صحّح السياسة)</translation>
    </message>
    <message>
        <source>To complete in the register</source>
        <translation>ما يلزم استكماله في السجل</translation>
    </message>
    <message>
        <source>Open published policy</source>
        <translation>فتح السياسة المنشورة</translation>
    </message>
    <message>
        <source>Policies (*.txt *.docx *.html *.htm *.md)</source>
        <translation>السياسات (*.txt *.docx *.html *.htm *.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>ماركداون (*.md)</translation>
    </message>
    <message>
        <source>Save notice as</source>
        <translation>حفظ الإشعار باسم</translation>
    </message>
    <message>
        <source>Notice saved to %1.</source>
        <translation>حُفظ الإشعار في %1.</translation>
    </message>
    <message>
        <source>Open or paste the published policy to compare it with the notice.</source>
        <translation>افتح السياسة المنشورة أو الصق نصها لمقارنتها بالإشعار.</translation>
    </message>
    <message>
        <source>%1 gaps between the published policy and the register.</source>
        <translation>عدد الفجوات بين السياسة المنشورة والسجل: %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <source>Every page of the register is encrypted again; this cannot be interrupted. Backups made before keep the old passphrase: make a new backup afterwards.</source>
        <translation>تُشفَّر كل صفحات السجل من جديد، ولا يمكن إيقاف ذلك أثناء تنفيذه. وتبقى النسخ الاحتياطية السابقة بعبارة المرور القديمة، فأنشئ نسخة احتياطية جديدة بعد التغيير.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>أدخل عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>يجب ألا تقل عبارة المرور الجديدة عن %1 أحرف.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>عبارة المرور الجديدة هي نفسها الحالية.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Encrypting the register again…</source>
        <translation>جارٍ تشفير السجل من جديد…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new backup: older ones still open with the old passphrase.</source>
        <translation>تغيّرت عبارة المرور. أنشئ نسخة احتياطية جديدة، فالنسخ السابقة ما زالت تُفتح بعبارة المرور القديمة.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>One view of %1</source>
        <translation>عرض موحد لبيانات %1</translation>
    </message>
    <message>
        <source>No legal hold is in force over this person&apos;s data.</source>
        <translation>لا يوجد أمر احتفاظ نظامي سارٍ على بيانات هذا الشخص.</translation>
    </message>
    <message>
        <source>Do not tell this person about these authority requests (the order forbids or defers it): %1</source>
        <translation>لا تُبلغ هذا الشخص بطلبات الجهات المختصة هذه (الأمر يحظر الإبلاغ أو يؤجله): %1</translation>
    </message>
    <message>
        <source>Export this person&apos;s data (xlsx + JSON)…</source>
        <translation>تصدير بيانات هذا الشخص (xlsx وJSON)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>KYC record</source>
        <translation>سجل اعرف عميلك</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>الوثائق (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>الطلبات (%1)</translation>
    </message>
    <message>
        <source>Disclosures naming them (%1)</source>
        <translation>الإفصاحات التي تذكره (%1)</translation>
    </message>
    <message>
        <source>Activities holding their data (%1)</source>
        <translation>الأنشطة التي تحتفظ ببياناته (%1)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation>ما يُحتفظ به وسببه</translation>
    </message>
    <message>
        <source>Holds in force (%1)</source>
        <translation>التزامات الاحتفاظ السارية (%1)</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>تصدير بيانات هذا الشخص</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Paste the privacy policy here, or open its file (%1).</source>
        <translation>الصق سياسة الخصوصية هنا، أو افتح ملفها (%1).</translation>
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
        <source>%1 stated in the policy, not in the register · %2 in the register, not in the policy · %3 missing from the policy. Colours mark what each passage states.</source>
        <translation>%1 مذكور في السياسة وغير مسجل في السجل، %2 مسجل في السجل وغير مذكور في السياسة، %3 غائب عن السياسة. وتدل الألوان على ما يذكره كل مقطع.</translation>
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
        <source>There is no policy text to check: paste it, or open its file.</source>
        <translation>لا يوجد نص سياسة لفحصه: الصقه أو افتح ملفه.</translation>
    </message>
    <message>
        <source>%1 statements found; %2 gaps with the register.</source>
        <translation>وُجد %1 من البنود؛ و%2 من الفجوات مع السجل.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Action queue</source>
        <translation>قائمة المهام</translation>
    </message>
    <message>
        <source>Filter by name or reference</source>
        <translation>تصفية بالاسم أو المرجع</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>كل درجات الإلحاح</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>الأكثر إلحاحاً أولاً</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>حسب تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>By reference</source>
        <translation>حسب المرجع</translation>
    </message>
    <message>
        <source>Show acknowledged and snoozed</source>
        <translation>إظهار ما أُكِّد الاطلاع عليه وما أُجِّل</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>تأكيد الاطلاع…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>تأجيل التذكير…</translation>
    </message>
    <message>
        <source>Put back in the queue</source>
        <translation>إعادة إلى القائمة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Nothing needs your attention now. Deadlines, expiring documents and reviews appear here as they come due.</source>
        <translation>لا شيء يحتاج إلى متابعتك الآن. تظهر هنا المواعيد والوثائق التي توشك على الانتهاء والمراجعات عند اقتراب مواعيدها.</translation>
    </message>
    <message>
        <source>Items needing action: %1, of which overdue: %2.</source>
        <translation>البنود التي تحتاج إلى إجراء: %1، المتأخر منها: %2.</translation>
    </message>
    <message>
        <source>Acknowledged or snoozed: %1.</source>
        <translation>المؤكَّد الاطلاع عليها أو المؤجلة: %1.</translation>
    </message>
    <message>
        <source>Show all %1 in this group</source>
        <translation>عرض البنود كلها في هذه المجموعة (%1)</translation>
    </message>
    <message>
        <source>%1 more: narrow the list with the filters</source>
        <translation>بنود أخرى: %1 — ضيّق القائمة بالتصفية</translation>
    </message>
    <message>
        <source>%1 · 1 item</source>
        <translation>%1، بند واحد</translation>
    </message>
    <message>
        <source>%1 · %2 items</source>
        <translation>%1، عدد البنود: %2</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>المتأخر: %1</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>المستحق اليوم: %1</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا موعد</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>تنتهي اليوم</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>Emergency — %1</source>
        <translation>طارئ — %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 by %2: %3</source>
        <translation>أجّله %2 حتى %1: %3</translation>
    </message>
    <message>
        <source>Acknowledged by %1: %2</source>
        <translation>أكّد %1 الاطلاع: %2</translation>
    </message>
    <message>
        <source>Opened read-only: acknowledgements and snoozes cannot be saved.</source>
        <translation>مفتوح للقراءة فقط: لا يمكن حفظ تأكيد الاطلاع أو التأجيل.</translation>
    </message>
</context>
<context>
    <name>Reapply</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>%1 also changed “%2” while you were editing it.</source>
        <translation>غيّر %1 أيضًا «%2» بينما كنت تعدّله.</translation>
    </message>
    <message>
        <source>Their value: %1</source>
        <translation>قيمته: %1</translation>
    </message>
    <message>
        <source>Your value: %1</source>
        <translation>قيمتك: %1</translation>
    </message>
    <message>
        <source>Both of you changed this field</source>
        <translation>غيّر كلاكما هذا الحقل</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>إبقاء قيمتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد قيمته</translation>
    </message>
    <message>
        <source>%1 changed this record at %2 while you were editing it. It was reloaded with their change;</source>
        <translation>غيّر %1 هذا السجل في %2 بينما كنت تعدّله. أُعيد تحميله بتغييره؛</translation>
    </message>
    <message>
        <source>your edits are applied again (%1)</source>
        <translation>وأُعيد تطبيق تعديلاتك (%1)</translation>
    </message>
    <message>
        <source>their value kept for %1</source>
        <translation>وأُبقيت قيمته في %1</translation>
    </message>
    <message>
        <source>none of your edits differ from it</source>
        <translation>ولا يختلف عنه أي من تعديلاتك</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>الحقول التي غيّرها: %1.</translation>
    </message>
    <message>
        <source>Check and save again.</source>
        <translation>راجِعه ثم احفظه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>The privacy notice names this recipient only as «%1»: describe who they are and what they do with the data.</source>
        <translation>لا يذكر إشعار الخصوصية هذه الجهة إلا بوصفها «%1»: بيّن من هي وماذا تفعل بالبيانات.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>To save, complete: %1</source>
        <translation>للحفظ، أكمل: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Restored after the register was locked. These changes are not saved yet.</source>
        <translation>استُعيدت هذه التغييرات بعد قفل السجل، وهي لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while it was saving: the save may or may not have reached it. Your edit is kept here. Save again: if the first attempt did reach the server, it will not be saved twice.</source>
        <translation>انقطع الاتصال بالخادم أثناء الحفظ: ربما وصل الحفظ إليه وربما لم يصل. تعديلك باقٍ هنا. احفظ مرة أخرى: إن كانت المحاولة الأولى قد وصلت إلى الخادم فلن يُحفظ مرتين.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached. Your edit is kept here; save again to retry.</source>
        <translation>لم يُحفظ: تعذّر الوصول إلى الخادم. تعديلك باقٍ هنا؛ احفظ مرة أخرى لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached (%1). Your edit is kept here; save again to retry.</source>
        <translation>لم يُحفظ: تعذّر الوصول إلى الخادم (%1). تعديلك باقٍ هنا؛ احفظ مرة أخرى لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>Saved: your earlier attempt had reached the server before the connection was lost; it was not saved twice.</source>
        <translation>حُفظ: كانت محاولتك السابقة قد وصلت إلى الخادم قبل انقطاع الاتصال؛ ولم يُحفظ مرتين.</translation>
    </message>
    <message>
        <source>%1 saved a change to this record at %2. When you save, it is reloaded with their change and your edits are applied again.</source>
        <translation>حفظ %1 تغييرًا على هذا السجل في %2. عند الحفظ يُعاد تحميله بتغييره ثم تُطبَّق تعديلاتك عليه من جديد.</translation>
    </message>
    <message>
        <source>This record has changes that cannot be saved as they stand (some fields need correcting). Discard them?</source>
        <translation>في هذا السجل تغييرات لا يمكن حفظها على حالها (بعض الحقول تحتاج إلى تصحيح). هل تتجاهلها؟</translation>
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
        <translation>ينقصه %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
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
        <source>The server is out of reach: changes wait until it answers again</source>
        <translation>تعذّر الوصول إلى الخادم: تنتظر التغييرات حتى يستجيب من جديد</translation>
    </message>
    <message>
        <source>No record matches the search and filters.</source>
        <translation>لا يوجد سجل يطابق البحث وعوامل التصفية.</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>مسح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <source>This register holds no records here yet.</source>
        <translation>لا توجد سجلات هنا بعد.</translation>
    </message>
    <message>
        <source>No records yet. Add the first with New (Ctrl+N).</source>
        <translation>لا توجد سجلات بعد. أضف أولها بالأمر «جديد» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Or import them from a spreadsheet with %1.</source>
        <translation>أو استوردها من جدول بيانات بالأمر «%1».</translation>
    </message>
    <message>
        <source>Retire %1? It stays in the register and its history, marked as retired. You can undo this.</source>
        <translation>هل تريد إيقاف %1؟ يبقى في السجل وفي سجل تغييراته موسوماً بأنه موقوف، ويمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>أُوقف %1.</translation>
    </message>
    <message>
        <source>Delete %1? The deletion is kept in the audit trail.</source>
        <translation>هل تريد حذف %1؟ يبقى الحذف مسجلاً في سجل التدقيق.</translation>
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
        <source>Data-subject requests for a period (PDF)</source>
        <translation>طلبات أصحاب البيانات لفترة (PDF)</translation>
    </message>
    <message>
        <source>Personal-data breaches for a period (PDF)</source>
        <translation>حوادث تسرب البيانات الشخصية خلال فترة (PDF)</translation>
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
        <source>Seal of an earlier report</source>
        <translation>ختم تقرير سابق</translation>
    </message>
    <message>
        <source>Leave empty for the register as it stands now; give a seal to re-make the report as the register was right after that export.</source>
        <translation>اتركه فارغاً للسجل كما هو الآن؛ أو أدخل ختماً لإعادة إنشاء التقرير كما كان السجل بعد ذلك التصدير مباشرة.</translation>
    </message>
    <message>
        <source>The officer the report belongs to</source>
        <translation>المسؤول الذي يخصه التقرير</translation>
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
        <source>As of seal (optional)</source>
        <translation>كما كان عند الختم (اختياري)</translation>
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
        <source>Document version</source>
        <translation>رقم الإصدار</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>جهات التوزيع</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>This register is open read-only, so this export cannot be recorded in its audit trail. The report carries the seal of the register as it stands now.</source>
        <translation>السجل مفتوح للقراءة فقط، فلا يمكن قيد هذا التصدير في سجل التدقيق. ويحمل التقرير ختم السجل بحالته الآن.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>عرض في المجلد</translation>
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
        <source>Period: %1</source>
        <translation>الفترة: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>هل تستبدل الملف؟</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>الملف %1 موجود مسبقاً. هل تستبدله بهذا التقرير؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Nothing was written: choose another name, or replace the file.</source>
        <translation>لم يُكتب شيء: اختر اسماً آخر، أو استبدل الملف.</translation>
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
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2</source>
        <translation>طباعة الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>This request is closed: it can be read, not changed.</source>
        <translation>هذا الطلب مغلق: يمكن الاطلاع عليه دون تعديله.</translation>
    </message>
    <message>
        <source>The requester, when they are a customer</source>
        <translation>مقدم الطلب إذا كان عميلاً</translation>
    </message>
    <message>
        <source>Processing activities concerned</source>
        <translation>أنشطة المعالجة المعنية</translation>
    </message>
    <message>
        <source>Customer and activities</source>
        <translation>العميل والأنشطة</translation>
    </message>
    <message>
        <source>Letters and documents</source>
        <translation>الخطابات والمستندات</translation>
    </message>
    <message>
        <source>Choose one customer: the requester.</source>
        <translation>اختر عميلاً واحداً هو مقدم الطلب.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <source>Stage: %1 — due %2: 30 days from receipt, counted in %3</source>
        <translation>المرحلة: %1 — موعد الرد %2: ثلاثون يوماً من الاستلام محسوبة بتوقيت %3</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Ask for proof of identity</source>
        <translation>طلب إثبات الهوية</translation>
    </message>
    <message>
        <source>Identity verified…</source>
        <translation>تم التحقق من الهوية…</translation>
    </message>
    <message>
        <source>Extend once…</source>
        <translation>التمديد مرة واحدة…</translation>
    </message>
    <message>
        <source>Decide rights…</source>
        <translation>البت في الحقوق…</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>تسجيل الرد…</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>إغلاق الطلب</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>خطاب…</translation>
    </message>
    <message>
        <source>One view of the person</source>
        <translation>عرض موحد لبيانات الشخص</translation>
    </message>
    <message>
        <source>Import requests…</source>
        <translation>استيراد الطلبات…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>كل الحقوق</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>كل الوسائل</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>An authority&apos;s order forbids telling this person about %1: leave it out of every answer.</source>
        <translation>أمر جهة مختصة يحظر إبلاغ هذا الشخص بالطلب %1: لا تذكره في أي رد.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>خطاب</translation>
    </message>
    <message>
        <source>Which letter?</source>
        <translation>أي خطاب؟</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>حفظ الخطاب</translation>
    </message>
</context>
<context>
    <name>RequestStepDialog</name>
    <message>
        <source>the data protection officer</source>
        <translation>مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>I told the requester of this extension in advance, before the first due date, with the reasons above.</source>
        <translation>أبلغتُ مقدم الطلب بهذا التمديد مسبقًا، قبل الموعد الأول، مع الأسباب المذكورة أعلاه.</translation>
    </message>
    <message>
        <source>The notice sent</source>
        <translation>الإشعار المرسل</translation>
    </message>
    <message>
        <source>The answer stays due on %1: an extension is 1 to %2 days.</source>
        <translation>يبقى الرد مستحقًا في %1: مدة التمديد من يوم واحد إلى %2 يومًا.</translation>
    </message>
    <message>
        <source>Told after the first due date (%1): the period is not extended; the answer stays due on %1.</source>
        <translation>أُبلغ بعد الموعد الأول (%1): لا تُمدد المهلة، ويبقى الرد مستحقًا في %1.</translation>
    </message>
    <message>
        <source>New due date: %1 — the first due date, %2, plus %3.</source>
        <translation>الموعد الجديد: %1 — الموعد الأول %2 مضافاً إليه %3.</translation>
    </message>
    <message>
        <source>tick the box once the requester has been told, with the reasons</source>
        <translation>ضع علامة في المربع بعد إبلاغ مقدم الطلب مع الأسباب</translation>
    </message>
    <message>
        <source>say how the requester was told (letter, e-mail, phone or in person)</source>
        <translation>حدد وسيلة إبلاغ مقدم الطلب (خطاب أو بريد إلكتروني أو هاتف أو حضورياً)</translation>
    </message>
    <message>
        <source>Identity document seen (from the customer&apos;s KYC record)</source>
        <translation>وثيقة الهوية المطلع عليها (من سجل اعرف عميلك الخاص بالعميل)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>The passphrase the register had when the backup was made</source>
        <translation>عبارة المرور التي كانت للسجل عند إنشاء النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>فحص النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Replace this register (%1); a copy of it is kept beside it first</source>
        <translation>استبدال هذا السجل (%1)، مع حفظ نسخة منه بجانبه أولاً</translation>
    </message>
    <message>
        <source>Restore as a new register file:</source>
        <translation>الاستعادة في ملف سجل جديد:</translation>
    </message>
    <message>
        <source>Opened read-only: the register is in use and cannot be replaced.</source>
        <translation>مفتوح للقراءة فقط: السجل قيد الاستخدام ولا يمكن استبداله.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation>عبارة المرور الخاصة بها</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation>الاستعادة إلى</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>اختيار نسخة احتياطية</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>سجل مكتب الامتثال (*.cdesk)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>اختر ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>That is the open register itself, not a backup of it.</source>
        <translation>هذا هو السجل المفتوح نفسه، وليس نسخة احتياطية منه.</translation>
    </message>
    <message>
        <source>Checking the backup&apos;s audit chain: %1 of %2 entries</source>
        <translation>جارٍ فحص سلسلة التدقيق في النسخة الاحتياطية: القيد %1 من %2</translation>
    </message>
    <message>
        <source>Opening and verifying %1…</source>
        <translation>جارٍ فتح %1 والتحقق منه…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>أُلغي الفحص.</translation>
    </message>
    <message>
        <source>This backup does not verify, so it cannot be restored. First problem: %1</source>
        <translation>لم تجتز هذه النسخة الاحتياطية التحقق، فلا يمكن استعادتها. أول مشكلة: %1</translation>
    </message>
    <message>
        <source>Backup of %1: %2 audit entries verified, last change %3, seal %4.</source>
        <translation>نسخة احتياطية لـ%1: تُحقّق من %2 من قيود التدقيق، وآخر تغيير في %3، والختم %4.</translation>
    </message>
    <message>
        <source>Choose where to write the restored register.</source>
        <translation>اختر مكان كتابة السجل المستعاد.</translation>
    </message>
    <message>
        <source>That file already exists.</source>
        <translation>هذا الملف موجود مسبقاً.</translation>
    </message>
    <message>
        <source>Replace the register</source>
        <translation>استبدال السجل</translation>
    </message>
    <message>
        <source>The open register will be closed and replaced by the backup. Changes made since the backup (%1) are kept only in the safety copy. Replace it?</source>
        <translation>سيُغلق السجل المفتوح ويُستبدل بالنسخة الاحتياطية. والتغييرات التي جرت بعد النسخة الاحتياطية (%1) لن تبقى إلا في نسخة الأمان. هل تريد الاستبدال؟</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>جارٍ استعادة %1…</translation>
    </message>
</context>
<context>
    <name>RightEditor</name>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>رمز السبب</translation>
    </message>
    <message>
        <source>Reasons told to the requester</source>
        <translation>الأسباب المبينة لمقدم الطلب</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Action date</source>
        <translation>تاريخ الإجراء</translation>
    </message>
    <message>
        <source>Why the holds are overridden</source>
        <translation>سبب تجاوز التزامات الاحتفاظ</translation>
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
    <name>StageDialog</name>
    <message>
        <source>Records a notice you made to SDAIA elsewhere; the app sends nothing.</source>
        <translation>يسجّل إبلاغًا قدّمتَه إلى سدايا خارج التطبيق؛ التطبيق لا يرسل شيئًا.</translation>
    </message>
    <message>
        <source>Aware at %1 · deadline %2</source>
        <translation>وقت العلم %1، آخر موعد للإبلاغ %2</translation>
    </message>
    <message>
        <source>Enter the times below in %1 time: the zone this breach is recorded in.</source>
        <translation>أدخل الأوقات أدناه بتوقيت %1: المنطقة الزمنية المسجَّلة لهذه الحادثة.</translation>
    </message>
</context>
<context>
    <name>StagedPage</name>
    <message>
        <source>Workflow:</source>
        <translation>سير العمل:</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Due within %1</source>
        <translation>مستحق خلال %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>This page will be shown when the server answers again; the app retries every second.</source>
        <translation>ستُعرض هذه الصفحة حين يستجيب الخادم من جديد؛ يعيد التطبيق المحاولة كل ثانية.</translation>
    </message>
    <message>
        <source>Opened read-only: your login %1 may read this register on the server but not change it. You can read every record and produce every report.</source>
        <translation>فُتح للقراءة فقط: يحق لاسم الدخول %1 قراءة هذا السجل على الخادم دون تغييره. يمكنك قراءة كل السجلات وإصدار كل التقارير.</translation>
    </message>
    <message>
        <source>You can read every record and produce every report; changes, imports and queue acknowledgements are off until you open the register again when it is free.</source>
        <translation>يمكنك الاطلاع على كل السجلات وإصدار كل التقارير، أما التعديل والاستيراد وتأكيد بنود قائمة المهام فمتوقفة حتى تعيد فتح السجل عندما يصبح متاحاً.</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على الجهاز %2</translation>
    </message>
    <message>
        <source>Opened read-only: %1 has this register open for changes since %2.</source>
        <translation>مفتوح للقراءة فقط: السجل مفتوح للتعديل لدى %1 منذ %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلاً</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
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
    <name>StepsDialog</name>
    <message>
        <source>Containment and remediation steps — %1</source>
        <translation>خطوات الاحتواء والمعالجة — %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <source>Mark the selected step done today</source>
        <translation>تسجيل إنجاز الخطوة المحددة اليوم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>TimeEcho</name>
    <message>
        <source>As the notice will show it: %1</source>
        <translation>كما سيظهر في الإبلاغ: %1</translation>
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
        <source>Government and legal demands received</source>
        <translation>طلبات الجهات الحكومية والقضائية المستلمة</translation>
    </message>
    <message>
        <source>Decided (complied, partly complied, refused)</source>
        <translation>صدر فيها قرار (استجابة، استجابة جزئية، رفض)</translation>
    </message>
    <message>
        <source>Some data disclosed (share of decided requests)</source>
        <translation>أُفصح فيها عن بيانات (نسبةً إلى الطلبات التي صدر فيها قرار)</translation>
    </message>
    <message>
        <source>Accounts requested / affected by a disclosure</source>
        <translation>الحسابات المطلوبة / التي شملها إفصاح</translation>
    </message>
    <message>
        <source>Emergency requests</source>
        <translation>الطلبات الطارئة</translation>
    </message>
    <message>
        <source>Commercial disclosures (partners, mergers)</source>
        <translation>الإفصاحات التجارية (الشركاء، الاندماج)</translation>
    </message>
    <message>
        <source>Median days from receipt to decision</source>
        <translation>الوسيط بالأيام من الاستلام إلى القرار</translation>
    </message>
    <message>
        <source>Open requests past their due date</source>
        <translation>طلبات مفتوحة تجاوزت تاريخ استحقاقها</translation>
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
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
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
        <source>Register passphrase</source>
        <translation>عبارة مرور السجل</translation>
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
        <source>Connect to a server…</source>
        <translation>الاتصال بخادم…</translation>
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
        <source>Register: %1</source>
        <translation>السجل: %1</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database password: your login to the server. Register passphrase: your own, it unlocks the register&apos;s encrypted documents and identifiers (left blank, they read “encrypted — no key”).</source>
        <translation>كلمة مرور قاعدة البيانات: دخولك إلى الخادم. عبارة مرور السجل: عبارتك الخاصة، تفتح المستندات والمعرّفات المشفّرة في السجل (إن تُركت فارغة ظهرت «مشفّر — لا مفتاح»).</translation>
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
    <message>
        <source>%1 on a server on this computer</source>
        <translation>%1 على خادم في هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>%1 على الخادم %2</translation>
    </message>
    <message>
        <source>Login %1</source>
        <translation>الدخول باسم %1</translation>
    </message>
    <message>
        <source>plain connection on this computer</source>
        <translation>اتصال غير مشفّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>TLS, certificate checked</source>
        <translation>اتصال TLS، الشهادة متحقَّق منها</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify the register</source>
        <translation>التحقق من السجل</translation>
    </message>
    <message>
        <source>Checks every page&apos;s integrity code, the database structure, the audit chain entry by entry, and that every record matches its last audit entry.</source>
        <translation>يفحص رمز السلامة في كل صفحة، وبنية قاعدة البيانات، وسلسلة التدقيق قيداً قيداً، ومطابقة كل سجل لآخر قيد تدقيق له.</translation>
    </message>
    <message>
        <source>Checking pages and structure…</source>
        <translation>جارٍ فحص الصفحات والبنية…</translation>
    </message>
    <message>
        <source>Checking the audit chain: %1 of %2 entries</source>
        <translation>جارٍ فحص سلسلة التدقيق: القيد %1 من %2</translation>
    </message>
    <message>
        <source>Comparing every record with its audit entry…</source>
        <translation>جارٍ مطابقة كل سجل بقيد التدقيق الخاص به…</translation>
    </message>
    <message>
        <source>Verification cancelled: the register was not checked to the end.</source>
        <translation>أُلغي التحقق: لم يُفحص السجل حتى نهايته.</translation>
    </message>
    <message>
        <source>The register is intact: %1 audit entries verified. Seal %2.</source>
        <translation>السجل سليم: تُحقّق من %1 من قيود التدقيق. الختم %2.</translation>
    </message>
    <message>
        <source>The register does not verify. First problem: %1</source>
        <translation>لم يجتز السجل التحقق. أول مشكلة: %1</translation>
    </message>
    <message>
        <source>Keep this file as it is, for the record, and restore the register from a backup made before the problem (Register menu, Restore from a backup…).</source>
        <translation>احتفظ بهذا الملف كما هو للتوثيق، واستعد السجل من نسخة احتياطية أُنشئت قبل المشكلة (قائمة «السجل»، «الاستعادة من نسخة احتياطية…»).</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>تعذّر إجراء الفحص: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
</TS>
