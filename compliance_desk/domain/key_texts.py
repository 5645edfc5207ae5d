"""What removing a person and rotating the register key say, in English and Arabic
(storage/pg/server.py's remove_user, storage/pg/rotation.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "server_user_removed": {
        "en": "{name} can no longer log in to {target}: their login is disabled and their roles are revoked.",
        "ar": "لم يعد بإمكان المستخدم {name} الدخول إلى {target}: عُطّل دخوله وسُحبت أدواره.",
    },
    "server_user_removed_key": {
        "en": "Their wrap of the register key is deleted. Now run `compliance-desk server rotate-key {target}`: "
              "the key they knew must stop opening what the server stores.",
        "ar": "حُذف غلاف مفتاح السجل الخاص به. شغّل الآن `compliance-desk server rotate-key {target}` "
              "حتى لا يفتح المفتاح الذي عرفه ما يحفظه الخادم.",
    },
    "server_key_rotated": {
        "en": "The register key of {target} is replaced (generation {generation}); rows sealed again: {rows}; "
              "held by {holders}; seal {seal}",
        "ar": "استُبدل مفتاح السجل على {target} (الجيل {generation})؛ الصفوف المعاد تشفيرها: {rows}؛ "
              "يحمله {holders}؛ الختم {seal}",
    },
    "server_key_not_wrapped": {
        "en": "Not wrapped for {names}: they have not opened the register since this release, so they have no "
              "key pair yet. Re-add them with `compliance-desk server add-user` and a register passphrase.",
        "ar": "لم يُغلَّف المفتاح للمستخدمين {names}: لم يفتحوا السجل منذ هذا الإصدار فليس لديهم زوج مفاتيح بعد. "
              "أعد إضافتهم بالأمر `compliance-desk server add-user` مع عبارة مرور للسجل.",
    },
    "server_key_rotation_stopped": {
        "en": "The register key was not replaced: {table} #{id} ({field}) does not open with it (altered?). "
              "Nothing was changed.",
        "ar": "لم يُستبدل مفتاح السجل: القيمة {field} في {table} رقم {id} لا تُفتح به (هل عُدّلت؟). "
              "لم يتغير شيء.",
    },
    "server_key_rotation_unwrapped": {
        "en": "The register key was not replaced: {user}'s own wrap has no key pair yet. Run "
              "`compliance-desk server init` as the owner, open the register once, then rotate. Nothing was changed.",
        "ar": "لم يُستبدل مفتاح السجل: ليس لغلاف المستخدم {user} زوج مفاتيح بعد. شغّل "
              "`compliance-desk server init` بصفتك المالك وافتح السجل مرة ثم أعد المحاولة. لم يتغير شيء.",
    },
    "server_admin_only": {
        "en": "Only an admin of this register may do this; {user} is not one.",
        "ar": "لا يقوم بهذا إلا مسؤول هذا السجل؛ والمستخدم {user} ليس مسؤولاً.",
    },
    "server_remove_self": {
        "en": "You cannot remove yourself ({name}): ask another admin.",
        "ar": "لا يمكنك إزالة نفسك ({name}): اطلب ذلك من مسؤول آخر.",
    },
    "server_no_such_user": {
        "en": "{name} is not a user of {target}.",
        "ar": "{name} ليس مستخدماً في {target}.",
    },
    "server_remove_superuser": {
        "en": "{name} is a database superuser, not a person of this register: remove it with the server's own tools.",
        "ar": "{name} مستخدم خارق لقاعدة البيانات وليس من أشخاص هذا السجل: أزله بأدوات الخادم نفسه.",
    },
    "server_last_admin": {
        "en": "{name} is the last admin of this register: make another person admin first.",
        "ar": "{name} آخر مسؤول في هذا السجل: اجعل شخصاً آخر مسؤولاً أولاً.",
    },
    "server_last_key_holder": {
        "en": "{name} is the last person holding the register key: wrap it for someone else first "
              "(server add-user with a register passphrase), or the sealed values would never open again.",
        "ar": "{name} آخر من يحمل مفتاح السجل: غلّفه لشخص آخر أولاً "
              "(server add-user مع عبارة مرور للسجل)، وإلا فلن تُفتح القيم المشفّرة أبداً.",
    },
}
