"""What the team register on a PostgreSQL server says, in English and Arabic (storage/pg/)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "server_write_refused": {
        "en": "The server refused the change: {user} may read this register but not change it "
              "(ask an administrator for the officer role).",
        "ar": "رفض الخادم التغيير: يحق للمستخدم {user} قراءة هذا السجل دون تغييره "
              "(اطلب من المسؤول دور موظف الامتثال).",
    },
    "server_wrong_password": {
        "en": "Wrong user name or password for the server {target}.",
        "ar": "اسم المستخدم أو كلمة المرور غير صحيحة للخادم {target}.",
    },
    "server_certificate_refused": {
        "en": "The server {target} did not prove who it is: its certificate is not one the trusted CA signed "
              "for it ({detail}). Nothing was sent to it.",
        "ar": "لم يُثبت الخادم {target} هويته: الشهادة التي قدّمها ليست مما وقّعته جهة التصديق الموثوقة له "
              "({detail}). لم يُرسل إليه شيء.",
    },
    "server_unavailable": {
        "en": "The server {target} cannot be reached: {detail}.",
        "ar": "تعذّر الوصول إلى الخادم {target}: {detail}.",
    },
    "server_not_initialised": {
        "en": "{target} holds no register yet: run `compliance-desk server init` on it first.",
        "ar": "لا يحتوي {target} على سجل بعد: شغّل الأمر `compliance-desk server init` عليه أولاً.",
    },
    "server_too_new": {  # no schema numbers: not the officer's words (the error keeps them in its params)
        "en": "The register on the server {target} was made by a newer version of Compliance Desk; update this app to open it. "
              "Nothing was changed.",
        "ar": "أُنشئ السجل على الخادم {target} بإصدار أحدث من مكتب الامتثال؛ حدّث هذا التطبيق لفتحه. ولم يُغيَّر شيء.",
    },
    "server_needs_upgrade": {
        "en": "The register on {target} has schema {found}; this app needs {known}. "
              "An administrator runs `compliance-desk server init` to upgrade it.",
        "ar": "مخطط السجل على {target} هو {found}، ويحتاج هذا التطبيق إلى {known}. "
              "يرقّيه المسؤول بالأمر `compliance-desk server init`.",
    },
    "server_bad_role": {
        "en": "{role} is not a role of the register: choose officer, auditor or admin.",
        "ar": "{role} ليس دوراً في السجل: اختر officer أو auditor أو admin.",
    },
    "server_bad_user_name": {
        "en": "{name} cannot be a user name: use letters, digits, dots, hyphens and underscores.",
        "ar": "لا يصلح {name} اسماً للمستخدم: استعمل الحروف والأرقام والنقاط والشرطات والشرطات السفلية.",
    },
    "server_not_on_file": {
        "en": "{feature} works on a register file, not yet on a server (a snapshot of it is a file: "
              "`compliance-desk server snapshot`); backups on a server are PostgreSQL's own.",
        "ar": "يعمل {feature} على ملف السجل، ولا يعمل بعد على الخادم (اللقطة منه ملف: "
              "`compliance-desk server snapshot`)؛ أما النسخ الاحتياطي على الخادم فبأدوات PostgreSQL نفسها.",
    },
    "server_error": {
        "en": "The server refused: {detail}",
        "ar": "رفض الخادم: {detail}",
    },
    "record_changed_since": {
        "en": "{reference} was changed by {actor} at {at} after you opened it; nothing was saved. "
              "Reload it and apply your change again.",
        "ar": "غيّر {actor} السجل {reference} في {at} بعد أن فتحته؛ لم يُحفظ شيء. "
              "أعد تحميله ثم طبّق تغييرك مرة أخرى.",
    },
    "server_import_old_schema": {
        "en": "{path} has schema {found}; the server takes {known}. Open it once with this app to upgrade it, then import it.",
        "ar": "مخطط {path} هو {found}، ويقبل الخادم {known}. افتحه مرة بهذا التطبيق لترقيته ثم استورده.",
    },
    "server_import_missing_migrations": {
        "en": "{path} misses this app's schema changes {missing}. Open it once with this app to upgrade it, "
              "then import it.",
        "ar": "لم تُطبَّق على {path} تغييرات المخطط {missing} التي يعرفها هذا التطبيق. افتحه مرة بهذا التطبيق لترقيته ثم استورده.",
    },
    "server_import_source_broken": {
        "en": "{path} does not verify ({problem}); nothing was copied.",
        "ar": "لم يجتز {path} التحقق ({problem})؛ لم يُنسخ شيء.",
    },
    "server_import_not_empty": {
        "en": "{target} already holds a register; import only into an empty database.",
        "ar": "يحتوي {target} على سجل بالفعل؛ لا يكون الاستيراد إلا إلى قاعدة بيانات فارغة.",
    },
    "server_import_differs": {
        "en": "The copy on the server did not verify as the file ({problem}); nothing was kept.",
        "ar": "لم تجتز النسخة على الخادم التحقق كالملف ({problem})؛ لم يُحتفظ بشيء.",
    },
    "server_imported": {
        "en": "Copied {path} to {target}: {entries} audit entries, {rows} rows; the seal is the same: {seal}",
        "ar": "نُسخ {path} إلى {target}: {entries} قيد تدقيق و{rows} صف؛ والختم نفسه: {seal}",
    },
    "server_connection_lost": {
        "en": "The connection to the server was lost ({detail}). A change being saved was saved whole or "
              "not at all: open the register again to see which.",
        "ar": "انقطع الاتصال بالخادم ({detail}). التغيير الذي كان يُحفظ إما حُفظ كاملاً أو لم يُحفظ منه شيء: "
              "افتح السجل مرة أخرى لترى أيهما.",
    },
    "snapshot_read_only": {
        "en": "{path} is a snapshot of {source}: it opens read-only. Changes are made on the server.",
        "ar": "{path} لقطة من {source}: تُفتح للقراءة فقط. تُجرى التغييرات على الخادم.",
    },
    "server_snapshot_written": {
        "en": "Wrote {path} from {target}: {entries} audit entries, {rows} rows; seal {seal}",
        "ar": "كُتبت {path} من {target}: {entries} قيد تدقيق و{rows} صف؛ الختم {seal}",
    },
    "server_initialised": {
        "en": "The register on {target} is ready (schema {version}; roles officer, auditor, admin).",
        "ar": "السجل على {target} جاهز (المخطط {version}؛ الأدوار officer وauditor وadmin).",
    },
    "server_user_added": {
        "en": "{name} can now log in to {target} as {role}.",
        "ar": "يمكن الآن للمستخدم {name} الدخول إلى {target} بدور {role}.",
    },
}
