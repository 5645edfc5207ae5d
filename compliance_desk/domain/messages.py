"""Every message a face shows outside Qt's tr(): known errors and CLI lines, in English and Arabic.

One place, so the CLI, the reports and the desktop app say the same thing in the same words.
"""

from __future__ import annotations

from compliance_desk.domain.breach_texts import MESSAGES as _breach_messages
from compliance_desk.domain.key_texts import MESSAGES as _key_messages
from compliance_desk.domain.requests.texts import MESSAGES as _request_messages
from compliance_desk.domain.screening.texts import MESSAGES as _screening_messages
from compliance_desk.domain.seal_texts import MESSAGES as _seal_messages
from compliance_desk.domain.sealed_texts import MESSAGES as _sealed_messages
from compliance_desk.domain.server_texts import MESSAGES as _server_messages

MESSAGES: dict[str, dict[str, str]] = {
    # opening and locking
    "wrong_passphrase": {
        "en": "Wrong passphrase for {path}.",
        "ar": "عبارة المرور غير صحيحة للسجل {path}.",
    },
    "not_a_register": {
        "en": "{path} is not a Compliance Desk register ({reason}).",
        "ar": "الملف {path} ليس سجلاً من سجلات مكتب الامتثال ({reason}).",
    },
    "reason_plain_sqlite": {
        "en": "it is an unencrypted SQLite database",
        "ar": "إنه قاعدة بيانات SQLite غير مشفرة",
    },
    "reason_too_small": {
        "en": "the file is empty or too small",
        "ar": "الملف فارغ أو صغير جداً",
    },
    "reason_no_schema": {
        "en": "it holds no register tables",
        "ar": "لا يحتوي على جداول السجل",
    },
    "damaged_register": {
        "en": "The register {path} is damaged: {detail}. Restore it from a backup.",
        "ar": "السجل {path} تالف: {detail}. استعده من نسخة احتياطية.",
    },
    "damaged_truncated": {
        "en": "the file is truncated ({size} bytes is not a whole number of pages)",
        "ar": "الملف مبتور (حجمه {size} بايت ليس عدداً صحيحاً من الصفحات)",
    },
    "damaged_pages": {
        "en": "page(s) {pages} fail their integrity check",
        "ar": "الصفحات {pages} لا تجتاز فحص السلامة",
    },
    "damaged_structure": {
        "en": "the database structure is inconsistent ({detail})",
        "ar": "بنية قاعدة البيانات غير متسقة ({detail})",
    },
    "wrong_passphrase_changed": {
        "en": "Wrong passphrase for {path}: its passphrase was changed (the change was completed before it "
              "was interrupted). Use the new passphrase.",
        "ar": "عبارة المرور غير صحيحة للسجل {path}: فقد تغيّرت عبارة مروره (اكتمل التغيير قبل أن ينقطع). "
              "استخدم عبارة المرور الجديدة.",
    },
    "reason_folder": {
        "en": "it is a folder, not a file",
        "ar": "إنه مجلد وليس ملفاً",
    },
    "damaged_short": {
        "en": "the file is shorter than its header says ({pages} pages on disk): a copy or backup of it "
              "did not finish",
        "ar": "الملف أقصر مما تذكره ترويسته ({pages} صفحة على القرص): لم يكتمل نسخه أو نسخه الاحتياطي",
    },
    "register_not_writable": {
        "en": "{path} cannot be opened for changes: {reason}. It can be opened read-only.",
        "ar": "لا يمكن فتح السجل {path} للتعديل: {reason}. يمكن فتحه للقراءة فقط.",
    },
    "reason_read_only_medium": {
        "en": "it is on a read-only medium or in a folder you may not write to",
        "ar": "إنه على وسيط للقراءة فقط أو في مجلد لا تملك صلاحية الكتابة فيه",
    },
    "reason_read_only_file": {
        "en": "the file is read-only",
        "ar": "الملف للقراءة فقط",
    },
    "notice_read_only_medium": {
        "en": "Read-only medium: {path} was opened read-only.",
        "ar": "وسيط للقراءة فقط: فُتح السجل {path} للقراءة فقط.",
    },
    "notice_journal_set_aside": {
        "en": "A leftover journal that does not belong to {path} was set aside as {journal}; the register "
              "opened without it.",
        "ar": "وُجد ملف يوميات متبقٍّ لا يعود إلى السجل {path}، فنُحّي جانباً باسم {journal}؛ وفُتح السجل من دونه.",
    },
    "notice_journal_ignored": {
        "en": "A leftover journal that does not belong to {path} ({journal}) was ignored; it is on a "
              "read-only medium and was left as it is.",
        "ar": "وُجد ملف يوميات متبقٍّ لا يعود إلى السجل {path} ({journal}) فتُجوهل؛ إذ هو على وسيط للقراءة "
              "فقط فتُرك كما هو.",
    },
    "journal_foreign_in_use": {
        "en": "A leftover journal {journal} does not belong to {path}; it was not applied, and it cannot be "
              "set aside while {holder} has the register open.",
        "ar": "ملف اليوميات المتبقي {journal} لا يعود إلى السجل {path}؛ لم يُطبَّق، ولا يمكن تنحيته ما دام "
              "السجل مفتوحاً لدى {holder}.",
    },
    "journal_unfinished_read_only": {
        "en": "{path} was not closed properly and its journal {journal} holds changes, but it is on a "
              "read-only medium. Copy the register together with its journal to a writable folder, then "
              "open the copy.",
        "ar": "لم يُغلق السجل {path} إغلاقاً سليماً وفي ملف يومياته {journal} تغييرات، لكنه على وسيط للقراءة "
              "فقط. انسخ السجل مع ملف يومياته إلى مجلد قابل للكتابة ثم افتح النسخة.",
    },
    "reason_unfinished": {
        "en": "it was never finished: its first page is empty",
        "ar": "لم يكتمل قط: صفحته الأولى فارغة",
    },
    "interrupted_write": {
        "en": "{path} was being written when that was interrupted ({journal} beside it holds the undo). A "
              "backup or copy in this state is incomplete: make it again. A register opened once for "
              "changes is put back as it was before the interrupted write.",
        "ar": "انقطعت الكتابة في {path} قبل أن تكتمل (ويحفظ الملف {journal} المجاور له ما يلزم للتراجع عنها). "
              "النسخة الاحتياطية أو المنسوخة في هذه الحال ناقصة: أعد إنشاءها. أما السجل فإن فتحه مرة للتعديل "
              "يعيده إلى ما كان عليه قبل الكتابة المنقطعة.",
    },
    "register_busy": {
        "en": "Other programs are reading {path}; close them, then try again.",
        "ar": "توجد برامج أخرى تقرأ السجل {path}؛ أغلقها ثم أعد المحاولة.",
    },
    "file_problem": {
        "en": "Cannot use {path}: {reason}.",
        "ar": "تعذّر استخدام {path}: {reason}.",
    },
    "reason_disk_full": {
        "en": "the disk is full (nothing half-written was kept)",
        "ar": "القرص ممتلئ (ولم يُحتفظ بأي شيء كُتب جزئياً)",
    },
    "reason_file_too_large": {
        "en": "the file would be larger than this system allows (nothing half-written was kept)",
        "ar": "سيتجاوز الملف الحجم الذي يسمح به هذا النظام (ولم يُحتفظ بأي شيء كُتب جزئياً)",
    },
    "reason_permission": {
        "en": "permission denied",
        "ar": "لا تملك الصلاحية اللازمة",
    },
    "reason_read_only_fs": {
        "en": "the file or its folder is read-only",
        "ar": "الملف أو المجلد الذي يحويه للقراءة فقط",
    },
    "reason_is_folder": {
        "en": "it is a folder, not a file",
        "ar": "إنه مجلد وليس ملفاً",
    },
    "reason_not_a_folder": {
        "en": "a part of the path is not a folder",
        "ar": "جزء من المسار ليس مجلداً",
    },
    "reason_not_found": {
        "en": "no such file or folder",
        "ar": "لا يوجد ملف أو مجلد بهذا الاسم",
    },
    "reason_io": {
        "en": "the disk reported a read or write error",
        "ar": "أبلغ القرص عن خطأ في القراءة أو الكتابة",
    },
    "reason_cannot_open": {
        "en": "the file cannot be opened",
        "ar": "تعذّر فتح الملف",
    },
    "reason_os": {
        "en": "{detail}",
        "ar": "{detail}",
    },
    "register_missing": {
        "en": "No register at {path}.",
        "ar": "لا يوجد سجل في {path}.",
    },
    "register_exists": {
        "en": "{path} already exists; nothing was written.",
        "ar": "الملف {path} موجود مسبقاً؛ لم يُكتب شيء.",
    },
    "register_exists_force": {
        "en": "{path} already exists; add --force to replace it.",
        "ar": "الملف {path} موجود مسبقاً؛ أضف ‎--force‎ لاستبداله.",
    },
    "register_too_new": {
        "en": "{path} was written by a newer Compliance Desk (schema {found}, this app knows {known}). Update the app.",
        "ar": "كُتب السجل {path} بإصدار أحدث من مكتب الامتثال (المخطط {found}، وهذا التطبيق يعرف {known}). حدّث التطبيق.",
    },
    "register_locked": {
        "en": "The register is in use by {holder} since {since}. It can be opened read-only.",
        "ar": "السجل قيد الاستخدام لدى {holder} منذ {since}. يمكن فتحه للقراءة فقط.",
    },
    "register_read_only": {
        "en": "The register is open read-only; nothing can be changed.",
        "ar": "السجل مفتوح للقراءة فقط؛ لا يمكن تغيير أي شيء.",
    },
    "migration_failed": {
        "en": "Upgrading the register to schema {version} failed ({detail}); it was left unchanged. A backup is at {backup}.",
        "ar": "فشلت ترقية السجل إلى المخطط {version} ({detail})؛ بقي السجل دون تغيير. توجد نسخة احتياطية في {backup}.",
    },
    # passphrases
    "passphrase_missing": {
        "en": "No passphrase: set COMPLIANCE_DESK_PASSPHRASE, use --passphrase-file, or run in a terminal.",
        "ar": "لا توجد عبارة مرور: اضبط COMPLIANCE_DESK_PASSPHRASE أو استخدم ‎--passphrase-file‎ أو شغّل من طرفية.",
    },
    "passphrase_file_unreadable": {
        "en": "Cannot read the passphrase file {path}.",
        "ar": "تعذرت قراءة ملف عبارة المرور {path}.",
    },
    "passphrase_too_short": {
        "en": "The passphrase must have at least {minimum} characters.",
        "ar": "يجب ألا تقل عبارة المرور عن {minimum} أحرف.",
    },
    "passphrase_mismatch": {
        "en": "The two passphrases differ.",
        "ar": "عبارتا المرور غير متطابقتين.",
    },
    "passphrase_guessable": {
        "en": "This passphrase is easy to guess: {reason}. Use four or more unrelated words, or a long sentence of your own.",
        "ar": "عبارة المرور هذه سهلة التخمين: {reason}. استخدم أربع كلمات أو أكثر لا رابط بينها، أو جملة طويلة من تأليفك.",
    },
    "passphrase_reason_common": {
        "en": "it is built on a common password or word",
        "ar": "مبنية على كلمة مرور أو كلمة شائعة",
    },
    "passphrase_reason_personal": {
        "en": "it contains the organisation's or the officer's name",
        "ar": "تتضمن اسم المنشأة أو اسم المسؤول",
    },
    "passphrase_reason_keyboard": {
        "en": "it follows a keyboard pattern",
        "ar": "تتبع نمطاً على لوحة المفاتيح",
    },
    "passphrase_reason_repeat": {
        "en": "it repeats characters or words",
        "ar": "تكرر أحرفاً أو كلمات",
    },
    "passphrase_reason_sequence": {
        "en": "it is a sequence such as abc or 123",
        "ar": "تتكون من تسلسل مثل abc أو 123",
    },
    "passphrase_reason_year": {
        "en": "it relies on a year",
        "ar": "تعتمد على سنة",
    },
    "passphrase_reason_date": {
        "en": "it relies on a date",
        "ar": "تعتمد على تاريخ",
    },
    "passphrase_reason_short": {
        "en": "it is too short for what it contains",
        "ar": "قصيرة جداً بالنسبة إلى محتواها",
    },
    "passphrase_same": {
        "en": "The new passphrase is the same as the old one.",
        "ar": "عبارة المرور الجديدة مطابقة للقديمة.",
    },
    "organisation_name_missing": {
        "en": "An organisation name is needed: pass --org-name or run in a terminal.",
        "ar": "يلزم اسم المنشأة: استخدم ‎--org-name‎ أو شغّل من طرفية.",
    },
    # validation
    "invalid_value": {
        "en": "{field}: {reason}",
        "ar": "{field}: {reason}",
    },
    "required": {"en": "this field is required", "ar": "هذا الحقل مطلوب"},
    "invalid_date": {
        "en": "'{value}' is not a date (use YYYY-MM-DD; a Hijri date as YYYY-MM-DD AH)",
        "ar": "القيمة '{value}' ليست تاريخاً (استخدم الصيغة YYYY-MM-DD، والتاريخ الهجري بالصيغة YYYY-MM-DD هـ)",
    },
    "invalid_hijri_date": {
        "en": "'{value}' is not a date of the Umm al-Qura calendar",
        "ar": "القيمة '{value}' ليست تاريخاً صحيحاً في تقويم أم القرى",
    },
    "hijri_out_of_range": {
        "en": "'{value}': Hijri years 1343 to 1500 can be converted",
        "ar": "القيمة '{value}': يمكن تحويل السنوات الهجرية من 1343 إلى 1500 فقط",
    },
    "date_out_of_range": {
        "en": "'{value}' is outside the years {first} to {last}",
        "ar": "القيمة '{value}' خارج السنوات من {first} إلى {last}",
    },
    "birth_in_future": {"en": "a date of birth cannot be in the future", "ar": "لا يمكن أن يكون تاريخ الميلاد في المستقبل"},
    "snooze_in_future": {"en": "a snooze ends on a later day than today", "ar": "يجب أن ينتهي التأجيل بعد اليوم"},
    "snooze_too_long": {"en": "a snooze lasts {days} days at most", "ar": "لا يزيد التأجيل على {days} يوماً"},
    "invalid_integer": {"en": "'{value}' is not a whole number", "ar": "القيمة '{value}' ليست عدداً صحيحاً"},
    "negative_number": {"en": "must not be negative", "ar": "يجب ألا يكون سالباً"},
    "unknown_code": {
        "en": "'{value}' is not one of: {choices}",
        "ar": "القيمة '{value}' ليست من: {choices}",
    },
    "invalid_country": {"en": "'{value}' is not an ISO country code", "ar": "القيمة '{value}' ليست رمز دولة وفق ISO"},
    "text_too_long": {"en": "longer than {limit} characters", "ar": "أطول من {limit} حرفاً"},
    "review_after_last": {
        "en": "the next review must come after the last review",
        "ar": "يجب أن يكون موعد المراجعة القادمة بعد تاريخ آخر مراجعة",
    },
    "disclosure_closed": {
        "en": "{reference} is closed; a closed request cannot be changed.",
        "ar": "الطلب {reference} مغلق؛ لا يمكن تعديل طلب مغلق.",
    },
    "transition_not_allowed": {
        "en": "{reference} is at the stage '{stage}'; it cannot move to '{target}'.",
        "ar": "الطلب {reference} في مرحلة '{stage}'؛ لا يمكن نقله إلى '{target}'.",
    },
    "review_data_required": {
        "en": "legal review is required: record the counsel, the review date and the opinion first",
        "ar": "المراجعة القانونية مطلوبة: سجّل المستشار وتاريخ المراجعة والرأي القانوني أولاً",
    },
    "reason_required": {
        "en": "a refusal or a partial compliance needs its reason",
        "ar": "يلزم ذكر سبب الرفض أو الاستجابة الجزئية",
    },
    "not_a_decision": {
        "en": "choose complied, partly complied, refused or withdrawn",
        "ar": "اختر: تمت الاستجابة، أو استجابة جزئية، أو مرفوض، أو مسحوب",
    },
    "disclosure_needs_data": {
        "en": "a disclosure needs its date, its method and the data disclosed",
        "ar": "يلزم لتسجيل الإفصاح تاريخه وطريقته والبيانات المفصح عنها",
    },
    "nothing_to_disclose": {
        "en": "only a request complied with (fully or partly) leads to a disclosure",
        "ar": "لا يُسجَّل إفصاح إلا لطلب تمت الاستجابة له كلياً أو جزئياً",
    },
    "deferred_needs_date": {
        "en": "a deferred notification needs the date until which it is deferred",
        "ar": "يلزم تحديد التاريخ الذي يؤجل الإشعار حتى حلوله",
    },
    "date_before_received": {
        "en": "cannot be before the date the request was received",
        "ar": "لا يمكن أن يسبق تاريخ استلام الطلب",
    },
    "unknown_customer": {"en": "no customer with client reference '{value}'", "ar": "لا يوجد عميل برقم '{value}'"},
    "import_row_error": {"en": "row {row}, {column}: {reason}", "ar": "الصف {row}، {column}: {reason}"},
    "import_failed": {
        "en": "{count} row(s) are invalid; nothing was imported (add --only-valid to import the {valid} valid rows).",
        "ar": "{count} من الصفوف غير صالحة؛ لم يُستورد شيء (أضف ‎--only-valid‎ لاستيراد {valid} من الصفوف الصالحة).",
    },
    "import_more_errors": {
        "en": "… and {count} more invalid row(s).",
        "ar": "… و{count} من الصفوف غير الصالحة الأخرى.",
    },
    "import_done": {"en": "Imported {count} row(s) into {path}.", "ar": "استُورد {count} من الصفوف إلى {path}."},
    "import_skipped": {"en": "Skipped {count} invalid row(s).", "ar": "تُجوهل {count} من الصفوف غير الصالحة."},
    "import_unreadable": {
        "en": "Cannot read {path} as xlsx or csv ({detail}).",
        "ar": "تعذرت قراءة {path} بصيغة xlsx أو csv ({detail}).",
    },
    "import_missing_columns": {
        "en": "{path} lacks the column(s): {columns}.",
        "ar": "ينقص الملف {path} العمود أو الأعمدة: {columns}.",
    },
    "import_duplicate": {
        "en": "'{value}' appears twice in the file (first in row {row})",
        "ar": "القيمة '{value}' مكررة في الملف (أول ظهور لها في الصف {row})",
    },
    "import_extra_values": {
        "en": "{count} value(s) beyond the last column: the columns of this row have shifted (a quote or a delimiter out of place?)",
        "ar": "توجد {count} من القيم بعد العمود الأخير: أعمدة هذا الصف منزاحة (علامة اقتباس أو فاصل في غير موضعه؟)",
    },
    "already_in_register": {"en": "'{value}' is already in the register", "ar": "القيمة '{value}' موجودة في السجل مسبقاً"},
    "import_too_many_rows": {
        "en": "{path} has more than {limit} rows; split it into files of at most {limit} rows. Nothing was imported.",
        "ar": "يحتوي الملف {path} على أكثر من {limit} صف؛ قسّمه إلى ملفات لا يزيد كل منها على {limit} صف. لم يُستورد شيء.",
    },
    "import_file_too_large": {
        "en": "{path} is {size} MB; an import file may have at most {limit} MB. Nothing was imported.",
        "ar": "حجم الملف {path} هو {size} ميغابايت؛ والحد الأقصى لملف الاستيراد {limit} ميغابايت. لم يُستورد شيء.",
    },
    "import_unpacked_too_large": {
        "en": "{path} unpacks to more than {limit} MB, which no import needs (a compressed bomb?). Nothing was imported.",
        "ar": "يتمدد الملف {path} عند فك ضغطه إلى أكثر من {limit} ميغابايت، وهذا ما لا يحتاجه أي استيراد (قد يكون ملفاً مفخخاً). لم يُستورد شيء.",
    },
    "import_cell_too_long": {
        "en": "{path}, row {row}: a cell holds more than {limit} characters; this is not a register list. Nothing was imported.",
        "ar": "الملف {path}، الصف {row}: خلية تحتوي على أكثر من {limit} حرف؛ هذا ليس جدول سجل. لم يُستورد شيء.",
    },
    "import_unreadable_row": {
        "en": "{path}, row {row} cannot be read as csv ({detail}). Nothing was imported.",
        "ar": "تعذرت قراءة الصف {row} من الملف {path} بصيغة csv ({detail}). لم يُستورد شيء.",
    },
    "import_encoding": {
        "en": "The text encoding of {path} is not recognised; save it as \"CSV UTF-8\" and import it again.",
        "ar": "تعذر التعرف على ترميز النص في الملف {path}؛ احفظه بصيغة \"CSV UTF-8\" ثم استورده مرة أخرى.",
    },
    "invalid_phone": {"en": "'{value}' is not a valid phone number", "ar": "القيمة '{value}' ليست رقم هاتف صحيحاً"},
    "invalid_email": {"en": "'{value}' is not an e-mail address", "ar": "القيمة '{value}' ليست عنوان بريد إلكتروني"},
    "override_needed": {
        "en": "the document breaks these rules: {reasons}. A check saved as verified needs an override reason",
        "ar": "الوثيقة تخالف هذه القواعد: {reasons}. يلزم ذكر سبب التجاوز لحفظ الفحص بنتيجة «تم التحقق»",
    },
    "rejection_reason_required": {
        "en": "a rejection needs at least one reason",
        "ar": "يلزم ذكر سبب واحد على الأقل للرفض",
    },
    "refusal_note_required": {
        "en": "record what the customer refused and why",
        "ar": "سجّل ما رفض العميل تقديمه وسبب ذلك",
    },
    "invalid_mrz": {"en": "the MRZ cannot be read: {detail}", "ar": "تعذرت قراءة المنطقة المقروءة آلياً: {detail}"},
    "mrz_shape": {
        "en": "an MRZ has 3 lines of 30 characters (ID card, TD1), 2 lines of 36 (TD2, or visa MRV-B) "
              "or 2 lines of 44 (passport TD3, or visa MRV-A)",
        "ar": "تتكون المنطقة المقروءة آلياً من 3 أسطر في كل منها 30 حرفاً (بطاقة هوية TD1)، أو سطرين في كل منهما "
              "36 حرفاً (TD2 أو تأشيرة MRV-B)، أو سطرين في كل منهما 44 حرفاً (جواز سفر TD3 أو تأشيرة MRV-A)",
    },
    "mrz_character": {
        "en": "an MRZ holds only the letters A–Z, the digits 0–9 and <",
        "ar": "لا تحتوي المنطقة المقروءة آلياً إلا على الحروف A–Z والأرقام 0–9 والرمز <",
    },
    "gap_policy_only": {
        "en": "The policy states {what}; no active processing activity records it.",
        "ar": "تذكر السياسة {what}؛ ولا يسجله أي نشاط معالجة نشط.",
    },
    "gap_policy_recipient": {
        "en": "The policy says data is shared with: {what}; no recipient of that type is recorded.",
        "ar": "تذكر السياسة مشاركة البيانات مع: {what}؛ ولا توجد جهة مستلمة مسجلة من هذا النوع.",
    },
    "gap_register_only": {
        "en": "The register records {what} ({records}); the policy does not say so.",
        "ar": "يسجل السجل {what} ({records})؛ ولا تذكر السياسة ذلك.",
    },
    "gap_transfer": {
        "en": "Data is transferred abroad ({records}); the policy does not say so.",
        "ar": "تُنقل بيانات إلى خارج المملكة ({records})؛ ولا تذكر السياسة ذلك.",
    },
    "gap_policy_transfer": {
        "en": "The policy mentions transfers abroad; no transfer is recorded.",
        "ar": "تذكر السياسة نقل بيانات إلى الخارج؛ ولا يوجد نقل مسجل.",
    },
    "gap_no_retention": {
        "en": "The policy states no retention period.",
        "ar": "لا تذكر السياسة مدة الاحتفاظ بالبيانات.",
    },
    "gap_no_right": {
        "en": "The policy does not tell data subjects of their right: {what} ({article}).",
        "ar": "لا تذكر السياسة حق صاحب البيانات: {what} ({article}).",
    },
    "gap_no_legal_basis": {"en": "The policy states no legal basis.", "ar": "لا تذكر السياسة أي أساس نظامي."},
    "gap_no_contact": {
        "en": "The policy gives no contact for the data protection officer.",
        "ar": "لا تذكر السياسة وسيلة للتواصل مع مسؤول حماية البيانات.",
    },
    "gap_no_controller_contact": {
        "en": "The policy gives no way to reach the organisation (e-mail, phone or address; PDPL Art. 13).",
        "ar": "لا تذكر السياسة وسيلة للتواصل مع المنشأة (بريد إلكتروني أو هاتف أو عنوان؛ المادة 13 من النظام).",
    },
    "gap_template": {
        "en": "Template text left in the policy ({what}): «{evidence}».",
        "ar": "نص قالب متروك في السياسة ({what}): «{evidence}».",
    },
    "gap_placeholder_contact": {
        "en": "A contact in the policy is a placeholder (an example domain or a dummy number), which reaches nobody: "
              "«{evidence}».",
        "ar": "في السياسة وسيلة تواصل تجريبية (نطاق للأمثلة أو رقم وهمي) لا توصل إلى أحد: «{evidence}».",
    },
    "gap_contradiction": {
        "en": "The policy contradicts itself on {what}: «{evidence}» and «{other}».",
        "ar": "تتناقض السياسة في {what}: «{evidence}» و«{other}».",
    },
    "required_output": {"en": "Give the output file with {option}.", "ar": "حدد ملف الإخراج باستخدام {option}."},
    "policy_ok": {"en": "No gaps between the policy and the register.", "ar": "لا توجد فجوات بين السياسة والسجل."},
    "record_missing": {"en": "No {entity} with id {id}.", "ar": "لا يوجد سجل {entity} بالمعرّف {id}."},
    "record_referenced": {
        "en": "{reference} is still referenced by {count} other record(s); retire it instead.",
        "ar": "ما زال {reference} مرتبطاً بعدد {count} من السجلات الأخرى؛ أوقفه بدلاً من حذفه.",
    },
    # attachments
    "attachment_too_large": {
        "en": "{name} is {size} MB; the limit is {limit} MB.",
        "ar": "حجم الملف {name} هو {size} ميغابايت؛ والحد الأقصى {limit} ميغابايت.",
    },
    "attachment_type": {
        "en": "{name} is not a PDF, JPEG, PNG, TIFF or WebP file (judged by its content).",
        "ar": "الملف {name} ليس من نوع PDF أو JPEG أو PNG أو TIFF أو WebP (بحسب محتواه).",
    },
    "attachment_bomb": {
        "en": "{name} is an image of {pixels} million pixels; the limit is {limit} million.",
        "ar": "الملف {name} صورة من {pixels} مليون بكسل؛ والحد الأقصى {limit} مليون.",
    },
    "attachment_unreadable": {
        "en": "{name} cannot be read as the image it claims to be.",
        "ar": "تعذرت قراءة الملف {name} بوصفه صورة.",
    },
    "attachment_empty": {"en": "{name} is empty (0 bytes); nothing was attached.", "ar": "الملف {name} فارغ (0 بايت)؛ لم يُرفق شيء."},
    "attachment_pdf_damaged": {
        "en": "{name} starts like a PDF but cannot be opened as one (damaged, or another kind of file).",
        "ar": "يبدأ الملف {name} كملف PDF لكن تعذر فتحه بوصفه PDF (تالف أو من نوع آخر).",
    },
    "attachment_pdf_password": {
        "en": "{name} is protected by a password; attach an unprotected copy.",
        "ar": "الملف {name} محمي بكلمة مرور؛ أرفق نسخة غير محمية.",
    },
    "attachment_pdf_javascript": {
        "en": "{name} contains JavaScript, which a scanned or signed document never needs; print it to a new PDF and attach that.",
        "ar": "يحتوي الملف {name} على شيفرة JavaScript، ولا تحتاجها وثيقة ممسوحة أو موقعة؛ اطبعه إلى ملف PDF جديد وأرفقه.",
    },
    "attachment_pdf_launch": {
        "en": "{name} contains an action that starts another program; it was refused.",
        "ar": "يحتوي الملف {name} على إجراء يشغّل برنامجاً آخر؛ رُفض الملف.",
    },
    "attachment_pdf_program": {
        "en": "{name} hides a program ({detail}); it was refused.",
        "ar": "يخفي الملف {name} برنامجاً ({detail})؛ رُفض الملف.",
    },
    "attachment_pdf_trailing": {
        "en": "{name} has data after the end of the PDF, where a program can hide; it was refused.",
        "ar": "يحتوي الملف {name} على بيانات بعد نهاية ملف PDF، وهو موضع قد يختبئ فيه برنامج؛ رُفض الملف.",
    },
    "attachment_pdf_complex": {
        "en": "{name} has too many internal objects to be checked; it was refused.",
        "ar": "يحتوي الملف {name} على عدد كبير جداً من العناصر الداخلية يتعذر فحصها؛ رُفض الملف.",
    },
    "attachment_pdf_embedded": {
        "en": "Warning: {name} carries embedded files ({files}); they are kept but not opened.",
        "ar": "تنبيه: يحمل الملف {name} ملفات مضمنة ({files})؛ حُفظت دون فتحها.",
    },
    "file_unreadable": {"en": "Cannot read {path}: {detail}", "ar": "تعذرت قراءة {path}: {detail}"},
    "file_unwritable": {"en": "Cannot write {path}: {detail}", "ar": "تعذرت الكتابة إلى {path}: {detail}"},
    # results
    "created": {"en": "Created {path}.", "ar": "أُنشئ السجل {path}."},
    "demo_created": {
        "en": "Created the demo register {path}: {activities} activities, {disclosures} disclosures, {customers} customers.",
        "ar": "أُنشئ السجل التجريبي {path}: {activities} نشاط معالجة، {disclosures} إفصاح، {customers} عميل.",
    },
    "verify_ok": {
        "en": "Register OK: {entries} audit entries; seal {seal}",
        "ar": "السجل سليم: {entries} قيد تدقيق؛ الختم {seal}",
    },
    "verify_failed": {"en": "Verification FAILED:", "ar": "فشل التحقق:"},
    "backup_done": {"en": "Backup written to {path} (seal {seal}).", "ar": "كُتبت النسخة الاحتياطية في {path} (الختم {seal})."},
    "restore_done": {"en": "Restored {path} from {backup}.", "ar": "استُعيد السجل {path} من {backup}."},
    "backup_invalid": {
        "en": "The backup {path} failed validation; nothing was written: {detail}",
        "ar": "لم تجتز النسخة الاحتياطية {path} التحقق؛ لم يُكتب شيء: {detail}",
    },
    "rekey_done": {"en": "Passphrase changed for {path}.", "ar": "تغيّرت عبارة المرور للسجل {path}."},
    "not_available": {
        "en": "'{feature}' is not available in this version yet.",
        "ar": "الميزة '{feature}' غير متاحة في هذا الإصدار بعد.",
    },
    "report_written": {"en": "Report written to {path}.", "ar": "كُتب التقرير في {path}."},
    "notice_written": {"en": "Privacy notice written to {path}.", "ar": "كُتب إشعار الخصوصية في {path}."},
    "notice_incomplete": {"en": "To complete in the register: {problem}", "ar": "يلزم استكماله في السجل: {problem}"},
    "no_such_folder": {"en": "no such folder", "ar": "المجلد غير موجود"},
    "no_display": {
        "en": "No display is available for the desktop app; use a sub-command (see --help).",
        "ar": "لا توجد شاشة لتشغيل تطبيق سطح المكتب؛ استخدم أمراً فرعياً (انظر ‎--help‎).",
    },
    "unexpected_error": {
        "en": "Unexpected error; it was logged to {path}.",
        "ar": "حدث خطأ غير متوقع؛ سُجّلت تفاصيله في {path}.",
    },
    "interrupted": {"en": "Interrupted; nothing more was written.", "ar": "أُوقف التنفيذ؛ لم يُكتب شيء آخر."},
}

MESSAGES.update(_screening_messages)
MESSAGES.update(_seal_messages)
MESSAGES.update(_server_messages)
MESSAGES.update(_sealed_messages)
MESSAGES.update(_key_messages)
MESSAGES.update(_request_messages)
MESSAGES.update(_breach_messages)

FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> str:
    """`value` as a bidi isolate: a path or a Latin name inside Arabic text keeps its own order."""
    return f"{FSI}{value}{PDI}"


def message(key: str, lang: str = "en", **params: object) -> str:
    """The message `key` in `lang`, with `params` filled in (isolated inside right-to-left text)."""
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["en"]
    if lang == "ar":
        params = {k: isolate(v) for k, v in params.items()}
    return text.format(**params)
