"""What the register key and the values sealed with it say, in English and Arabic (storage/pg/keys.py,
storage/pg/sealed.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "register_key_wrong_passphrase": {
        "en": "Wrong register passphrase for {user}: the register key did not open.",
        "ar": "عبارة مرور السجل غير صحيحة للمستخدم {user}: لم يُفتح مفتاح السجل.",
    },
    "register_key_missing": {
        "en": "{user} holds no register key for this register: ask an administrator to run "
              "`compliance-desk server add-user` for you with a register passphrase.",
        "ar": "لا يحمل المستخدم {user} مفتاحاً لهذا السجل: اطلب من المسؤول تشغيل الأمر "
              "`compliance-desk server add-user` لك مع عبارة مرور للسجل.",
    },
    "register_passphrase_missing": {
        "en": "No register passphrase given: set COMPLIANCE_DESK_REGISTER_PASSPHRASE, use "
              "--register-passphrase-file, or run in a terminal to be asked.",
        "ar": "لم تُعطَ عبارة مرور السجل: عيّن COMPLIANCE_DESK_REGISTER_PASSPHRASE أو استخدم "
              "--register-passphrase-file أو شغّل الأمر في طرفية ليُطلب منك.",
    },
    "register_key_needed": {
        "en": "This is kept encrypted on the server and this session has not opened the register key: "
              "open the register with your register passphrase.",
        "ar": "هذه البيانات محفوظة مشفّرة على الخادم ولم تفتح هذه الجلسة مفتاح السجل: "
              "افتح السجل بعبارة مرور السجل الخاصة بك.",
    },
    "sealed_no_key": {
        "en": "encrypted — no key",
        "ar": "مشفّر — لا مفتاح",
    },
    "sealed_damaged": {
        "en": "encrypted — does not open (altered?)",
        "ar": "مشفّر — تعذّر فتحه (هل عُدّل؟)",
    },
    "server_snapshot_needs_key": {
        "en": "A snapshot holds the register's values in clear inside its own encryption, so it needs the "
              "register key: give your register passphrase ({user} holds no opened key).",
        "ar": "تحمل اللقطة قيم السجل مكشوفة داخل تشفيرها الخاص، لذا تحتاج إلى مفتاح السجل: "
              "أعطِ عبارة مرور السجل الخاصة بك (لم يفتح المستخدم {user} أي مفتاح).",
    },
    "server_imported_sealed": {
        "en": "Then the register key was made for {user} and {rows} rows' sensitive values were sealed at rest; "
              "the file's seal stays in the chain, the seal is now {seal}. The imported history keeps the values "
              "entered before the import as the file recorded them.",
        "ar": "ثم أُنشئ مفتاح السجل للمستخدم {user} وخُتمت القيم الحساسة في {rows} صف بالتشفير؛ "
              "يبقى ختم الملف في السلسلة، والختم الآن {seal}. ويحتفظ السجل التاريخي المستورد بالقيم "
              "المدخلة قبل الاستيراد كما سجّلها الملف.",
    },
}
