"""The sentences of the privacy notice in English and Arabic: plain words, "we" and "you".

Each cites the article it rests on where a reader may want it. Sentences that the policy check
reads (rights, retention, contacts) are worded so that it recognises them; none states a data
category, purpose or recipient of its own (those come from the register, notice_text.py).
"""

from __future__ import annotations

S: dict[str, tuple[str, str]] = {
    "title": ("Privacy notice", "إشعار الخصوصية"),
    "who_we_are": ("Who we are", "من نحن"),
    "intro": ("This notice explains how {name} handles your personal data: what we hold and why, who receives it, "
              "how long we keep it, and your rights and how to use them. It follows the Personal Data Protection "
              "Law.",
              "يشرح هذا الإشعار كيف نتعامل في {name} مع بياناتك الشخصية: ما لدينا منها ولماذا، ومن يتلقاها، "
              "والمدة التي نبقيها فيها، وحقوقك وكيف تمارسها. وقد أُعدّ وفق نظام حماية البيانات الشخصية."),
    "controller": ("{name}{registration} is the controller of your personal data: we decide why and how it is "
                   "processed.",
                   "نحن في {name}{registration} جهة التحكم في بياناتك الشخصية: نحدد أغراض معالجتها ووسائلها."),
    "cr": ("commercial registration", "سجل تجاري"),
    "offices": ("Our offices", "مقرنا"),
    "website": ("Website", "الموقع"),
    "officer_heading": ("Data protection officer", "مسؤول حماية البيانات"),
    "officer": ("Our data protection officer is {name}. You can contact the officer: {reach}.",
                "مسؤول حماية البيانات لدينا: {name}. يمكنك التواصل مع مسؤول حماية البيانات: {reach}."),
    "our_officer": ("our data protection officer", "مسؤول حماية البيانات"),
    "officer_email": ("write to {email}", "راسله على {email}"),
    "officer_phone": ("call {phone}", "اتصل بالرقم {phone}"),
    "via_channels": ("through the channels below", "عبر الوسائل المذكورة أدناه"),
    "no_officer": ("Write to us through the channels below; your message reaches the person in charge of "
                   "personal data.", "راسلنا عبر الوسائل المذكورة أدناه، وتصل رسالتك إلى المسؤول عن البيانات الشخصية."),
    "purposes_heading": ("What we process and why", "ما نعالجه ولماذا"),
    "purposes_intro": ("For each of our activities: why we process your data, which data, on what legal basis, "
                       "where it comes from, who receives it and how long we keep it.",
                       "لكل نشاط من أنشطتنا: لماذا نعالج بياناتك، وأي بيانات، وعلى أي أساس نظامي، ومن أين نحصل عليها، "
                       "ومن يتلقاها، وكم نبقيها."),
    "why": ("Why", "الغرض"),
    "what": ("Which data", "البيانات"),
    "basis": ("Legal basis", "الأساس النظامي"),
    "from": ("Where it comes from", "مصدرها"),
    "shared_with": ("Who receives it", "من يتلقاها"),
    "no_outside": ("No one outside {name}.", "لا أحد من خارج {name}."),
    "abroad": ("Outside the Kingdom", "خارج المملكة"),
    "transfer": ("We transfer this data outside the Kingdom to {country}, protected by {safeguard}.",
                 "ننقل هذه البيانات إلى خارج المملكة، إلى {country}، بضمان {safeguard}."),
    "transfer_item": ("{country}, protected by {safeguard}", "{country}، بضمان {safeguard}"),
    "how_long": ("How long", "مدة الاحتفاظ"),
    "keep_for": ("We keep this data for {period}", "نحتفظ بهذه البيانات لمدة {period}"),
    "keep_while": ("We keep this data {period}", "نحتفظ بهذه البيانات {period}"),
    "keep_from": ("from {event}", "تبدأ من {event}"),
    "keep_until": ("We keep this data until {event}", "نحتفظ بهذه البيانات حتى {event}"),
    "keep_because": (", as required by {reason}", "، وفقًا لمتطلبات {reason}"),
    "stop": (".", "."),
    "automated": ("Automated decisions", "القرارات الآلية"),
    "automated_text": ("Some decisions in this activity are made automatically; you may ask one of our staff to "
                       "reconsider "
                       "them.", "تُتخذ بعض القرارات في هذا النشاط آليًا، ويمكنك طلب مراجعتها من أحد موظفينا."),
    "not_recorded": ("not recorded yet", "لم يُسجَّل بعد"),
    "list_end": ("; ", "؛ "),
    "or": (", or ", "، أو "),
    "recipients_heading": ("Who may receive your data", "من قد يتلقى بياناتك"),
    "recipients_intro": ("We share only what each needs for the purposes above:",
                         "نشارك مع كل منهم ما يلزمه فقط للأغراض المذكورة أعلاه:"),
    "when_law_requires": (", when the law requires us to", "، عندما يُلزمنا النظام بذلك"),
    "transfers_heading": ("Transfers outside the Kingdom", "النقل خارج المملكة"),
    "transfers_intro": ("Some data leaves the Kingdom, and only with one of the protections the law requires:",
                        "تنتقل بعض البيانات إلى خارج المملكة، ولا يكون ذلك إلا بإحدى الحمايات التي يشترطها النظام:"),
    "no_transfers": ("We do not transfer your personal data outside the Kingdom.",
                     "لا ننقل بياناتك الشخصية إلى خارج المملكة."),
    "retention_heading": ("How long we keep your data", "مدة الاحتفاظ ببياناتك"),
    "retention_text": ("We keep each kind of data only as long as stated above for its activity. When that time "
                       "ends we destroy it, unless the law requires us to keep it longer.",
                       "نحتفظ بكل نوع من البيانات المدة المذكورة أعلاه لنشاطه فقط، ثم نتلفه عند انتهائها، ما لم "
                       "يُلزمنا النظام بالاحتفاظ به مدة أطول."),
    "security_heading": ("How we protect your data", "كيف نحمي بياناتك"),
    "security_intro": ("We protect your data with:", "نحمي بياناتك بما يلي:"),
    "rights_heading": ("Your rights", "حقوقك"),
    "rights_intro": ("The Personal Data Protection Law gives you these rights:",
                     "يمنحك نظام حماية البيانات الشخصية الحقوق التالية:"),
    "right_information": ("The right to be informed of the legal basis and purpose of collecting your data; this "
                          "notice does so.",
                          "الحق في العلم بالأساس النظامي لجمع بياناتك والغرض منه، وهذا ما يبيّنه هذا الإشعار."),
    "right_access": ("The right of access: to see the personal data we hold about you and to obtain a copy of it in "
                     "a readable, clear format.",
                     "الحق في الوصول: أن تطّلع على بياناتك الشخصية التي لدينا، وأن تحصل على نسخة منها بصيغة مقروءة "
                     "وواضحة."),
    "right_rectification": ("The right to correct, complete or update your data.",
                            "الحق في التصحيح: أن تطلب تصحيح بياناتك أو إكمالها أو تحديثها."),
    "right_erasure": ("The right to request destruction of your data when it is no longer needed, unless the law "
                      "requires us to keep it.",
                      "الحق في طلب إتلاف بياناتك حين لا تعود لازمة، ما لم يُلزمنا النظام بإبقائها."),
    "right_withdraw": ("The right to withdraw your consent at any time, for what we process on the basis of consent.",
                       "الحق في الرجوع عن الموافقة في أي وقت، لما نعالجه بناءً على موافقتك."),
    "right_marketing": ("You can unsubscribe from our marketing messages at any time.",
                        "يمكنك إلغاء الاشتراك في رسائلنا التسويقية في أي وقت."),
    "right_complaint": ("The right to lodge a complaint with the Saudi Data and AI Authority (SDAIA).",
                        "الحق في تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا)."),
    "exercise_heading": ("How to exercise your rights", "كيف تمارس حقوقك"),
    "ask_officer": ("Ask our data protection officer (above).", "تواصل مع مسؤول حماية البيانات (أعلاه)."),
    "identity": ("Before acting on a request we make sure it comes from you.",
                 "نتأكد قبل تنفيذ أي طلب من أنه مقدَّم منك."),
    "fee": ("Fee: {fee}.", "الرسوم: {fee}."),
    "no_fee": ("We charge nothing for a request.", "لا نتقاضى أي رسوم مقابل الطلب."),
    "answer": ("We answer within {days} days of receiving it. If a request takes disproportionate effort, or you "
               "send several, we may take up to 30 more days, and we tell you beforehand, with the reasons.",
               "نرد على طلبك خلال {days} يومًا من تسلّمه. وإذا تطلّب تنفيذه جهدًا غير متناسب أو تعددت طلباتك، "
               "فقد نمدد المدة 30 يومًا أخرى بحد أقصى، ونبلغك بذلك مسبقًا مع الأسباب."),
    "cookies_heading": ("Cookies", "ملفات تعريف الارتباط"),
    "cookies_missing": ("[To be completed before publishing: which cookies we use, and how to refuse or delete them.]",
                        "[يُستكمل قبل النشر: ملفات تعريف الارتباط التي نستخدمها، وكيفية رفضها أو حذفها.]"),
    "cookies_recorded": ("Our website uses cookies and similar technologies for: {activities}.",
                         "يستخدم موقعنا ملفات تعريف الارتباط والتقنيات المشابهة في: {activities}."),
    "complaints_heading": ("Complaints", "الشكاوى"),
    # a statutory right (PDPL Art. 34), not conditional on our answer
    "complaints_text": ("You have the right to lodge a complaint with the Saudi Data and AI Authority (SDAIA) "
                        "within 90 days of the incident or of learning of it, through the «Reports and Complaints» "
                        "service of the National Data Governance Platform ({platform}), signing in with Absher.",
                        "يحق لك تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا) خلال 90 يومًا "
                        "من وقوع المخالفة أو علمك بها، عبر خدمة «البلاغات والشكاوى» في المنصة الوطنية لحوكمة "
                        "البيانات ({platform})، بالدخول عن طريق أبشر."),
    "changes_heading": ("Changes to this notice", "تحديث هذا الإشعار"),
    "changes_text": ("Last updated {date}. When our processing changes, we update this notice and show the new "
                     "date here.",
                     "آخر تحديث: {date}. إذا تغيرت معالجتنا لبياناتك حدّثنا هذا الإشعار وبيّنا تاريخه هنا."),
    # what the officer should complete in the register (not part of the notice)
    "problem_officer": ("The organisation profile gives no e-mail or phone for the data protection officer.",
                        "لا يذكر ملف المنشأة بريدًا إلكترونيًا أو هاتفًا لمسؤول حماية البيانات."),
    "problem_no_activities": ("No active processing activity: the notice cannot say what is processed.",
                              "لا يوجد نشاط معالجة نشط: لا يمكن أن يبيّن الإشعار ما يُعالج."),
    "problem_no_data": ("{name}: no personal-data categories recorded.", "{name}: لم تُسجَّل فئات البيانات الشخصية."),
    "problem_no_basis": ("{name}: no legal basis recorded.", "{name}: لم يُسجَّل الأساس النظامي."),
    "problem_no_retention": ("{name}: no retention period or event recorded.",
                             "{name}: لم تُسجَّل مدة الاحتفاظ أو الحدث الذي تبدأ منه."),
    "problem_no_channel": ("The organisation profile gives no channel for rights requests (e-mail, form, phone, "
                           "letter).", "لا يذكر ملف المنشأة وسيلة لتقديم طلبات الحقوق (بريد، نموذج، هاتف، خطاب)."),
    "problem_days": ("The profile answers requests in {days} days; the law allows 30 (the notice says 30).",
                     "يحدد الملف الرد على الطلبات خلال {days} يومًا، والنظام يحددها بـ30 يومًا (ويذكر الإشعار 30)."),
    "problem_cookies": ("The profile has a cookie statement but no active activity records cookies.",
                        "في الملف بيان لملفات تعريف الارتباط، ولا يسجّلها أي نشاط نشط."),
    "problem_no_cookie_statement": ("Activities record cookies; the profile has no cookie statement (how to refuse "
                                    "or delete them).",
                                    "تسجّل الأنشطة ملفات تعريف الارتباط، ولا يتضمن الملف بيانًا بشأنها (كيفية رفضها "
                                    "أو حذفها)."),
}


# what the notice says beyond the vocabularies (notice_lines.py), and what it marks as missing
S.update({
    "items_of": ("{items} ({categories})", "{items} ({categories})"),
    "from_device": ("collected automatically from your device when you use our website or app: {what}",
                    "تُجمع آليًا من جهازك عند استخدامك موقعنا أو تطبيقنا: {what}"),
    "recipient_described": ("{kind} ({who})", "{kind} ({who})"),
    "recipient_vague": ("{kind} [to be completed before publishing: who they are]",
                        "{kind} [يُستكمل قبل النشر: من هي هذه الجهات]"),
    # the register has no way to record that an activity shares its data with no one: a gap, not a claim
    "us": ("our organisation", "منشأتنا"),
    "recipients_missing": ("[To be completed before publishing: who receives this data, or that no one outside "
                           "{name} does.]",
                           "[يُستكمل قبل النشر: من يتلقى هذه البيانات، أو أنه لا يتلقاها أحد من خارج {name}.]"),
    "problem_no_recipients": ("{name}: no recipient is linked; the notice cannot say who receives the data, nor "
                              "that no one outside the organisation does.",
                              "{name}: لا جهة مستلمة مرتبطة به؛ لا يمكن أن يبيّن الإشعار من يتلقى البيانات، ولا أنه "
                              "لا يتلقاها أحد من خارج المنشأة."),
    "basis_law": ("A legal obligation under {law}", "التزام نظامي بموجب {law}"),
    "law_missing": ("[To be completed before publishing: which law obliges us.]",
                    "[يُستكمل قبل النشر: النظام الذي يُلزمنا بذلك.]"),
    "problem_no_law": ("{name}: its legal basis is a legal obligation, but the law that obliges it is not named.",
                       "{name}: أساسه النظامي التزام نظامي، لكن النظام الذي يُلزم به غير مذكور."),
    "field_legal_obligation_law": ("the law that obliges the processing", "النظام الذي يُلزم بالمعالجة"),
    "stored": ("Where it is stored", "أين نحفظها"),
    "stored_missing": ("[To be completed before publishing: how and where we store this data.]",
                       "[يُستكمل قبل النشر: كيف نحفظ هذه البيانات وأين.]"),
    "if_not_given": ("If you do not provide it", "إذا لم تقدّمها"),
    "consequences_missing": ("[To be completed before publishing: what happens if you do not provide this data.]",
                             "[يُستكمل قبل النشر: ما يترتب على عدم تقديم هذه البيانات.]"),
    "problem_no_storage": ("{name}: how and where the data is stored is not recorded.",
                           "{name}: لم تُسجَّل وسيلة حفظ البيانات ومكانها."),
    "problem_no_consequences": ("{name}: what happens if the data is not provided is not recorded.",
                                "{name}: لم يُسجَّل ما يترتب على عدم تقديم البيانات."),
    "problem_vague_recipient": ("Recipients of the type «{kind}» have no description of who they are: the notice "
                                "names the type alone (describe them in the recipient's record).",
                                "الجهات المستلمة من نوع «{kind}» بلا وصف يبيّن من هي: يذكر الإشعار النوع وحده "
                                "(أضف الوصف في سجل الجهة المستلمة)."),
    "problem_placeholder": ("The organisation profile's {field} «{value}» is a placeholder (an example domain or "
                            "a dummy number): put the real contact before publishing.",
                            "{field} في ملف المنشأة «{value}» قيمة تجريبية (نطاق للأمثلة أو رقم وهمي): ضع وسيلة "
                            "التواصل الحقيقية قبل النشر."),
    "field_data_items": ("the data items", "عناصر البيانات"),
    "field_storage_means": ("how and where the data is stored", "وسيلة حفظ البيانات ومكانها"),
    "field_consequences": ("what happens if the data is not provided", "ما يترتب على عدم تقديم البيانات"),
    "field_recipient_description": ("who the recipient is", "وصف الجهة المستلمة"),
})


# a free text written in one language only (the notice quotes it, marked, and lists the gap)
S.update({
    "untranslated": ("{text} [in Arabic in the register: to be translated]",
                     "{text} [بالإنجليزية في السجل: تنتظر الترجمة]"),
    # by the language of the notice that lacks the text, said in either language
    "problem_no_ar": ("{name}: {field} has no Arabic text; the Arabic notice quotes the English one, marked "
                      "(add the Arabic).",
                      "{name}: لا نص عربيًا في {field}؛ يقتبس الإشعار العربي النص الإنجليزي مع التنبيه إلى ذلك "
                      "(أضف النص العربي)."),
    "problem_no_en": ("{name}: {field} has no English text; the English notice quotes the Arabic one, marked "
                      "(add the English).",
                      "{name}: لا نص إنجليزيًا في {field}؛ يقتبس الإشعار الإنجليزي النص العربي مع التنبيه إلى "
                      "ذلك (أضف النص الإنجليزي)."),
    "profile": ("Organisation profile", "ملف المنشأة"),
    "field_purpose_details": ("the purpose details", "تفاصيل الأغراض"),
    "field_retention_period": ("the retention period", "مدة الاحتفاظ"),
    "field_retention_event": ("the event retention starts at", "الحدث الذي يبدأ منه الاحتفاظ"),
    "field_retention_reason": ("the reason for retention", "سبب الاحتفاظ"),
    "field_automated_details": ("the automated decisions' details", "تفاصيل القرارات الآلية"),
    "field_rights_fee": ("the fee for requests", "رسوم الطلبات"),
    "field_identity_check": ("how a requester's identity is checked", "طريقة التحقق من هوية مقدم الطلب"),
    "field_cookie_statement": ("the cookie statement", "بيان ملفات تعريف الارتباط"),
    "field_address": ("the address", "العنوان"),
    # the profile keeps one address field: its two forms written side by side, "Arabic / English"
    "problem_address_en": ("Organisation profile: the address is in Arabic only; the English notice quotes it, "
                           "marked as awaiting translation (add its English form to the address, after « / »).",
                           "ملف المنشأة: العنوان بالعربية فقط؛ يقتبسه الإشعار الإنجليزي مع التنبيه إلى أنه ينتظر "
                           "الترجمة (أضف صيغته الإنجليزية إلى العنوان بعد « / »)."),
    "problem_address_ar": ("Organisation profile: the address is in English only; the Arabic notice quotes it, "
                           "marked as awaiting translation (add its Arabic form to the address, before « / »).",
                           "ملف المنشأة: العنوان بالإنجليزية فقط؛ يقتبسه الإشعار العربي مع التنبيه إلى أنه ينتظر "
                           "الترجمة (أضف صيغته العربية إلى العنوان قبل « / »)."),
})


def say(key: str, lang: str, **params: object) -> str:
    en, ar = S[key]
    return (ar if lang == "ar" else en).format(**params)


def months_in_words(months: int | None, lang: str) -> str:
    """A retention period in months as a reader says it: "10 years", "سنتين", "18 شهرًا"."""
    if not months or months <= 0:
        return ""
    if months % 12 == 0:
        years = months // 12
        if lang != "ar":
            return "1 year" if years == 1 else f"{years} years"
        return {1: "سنة واحدة", 2: "سنتين"}.get(years) or (f"{years} سنوات" if years <= 10 else f"{years} سنة")
    if lang != "ar":
        return "1 month" if months == 1 else f"{months} months"
    return {1: "شهر واحد", 2: "شهرين"}.get(months) or (f"{months} أشهر" if months <= 10 else f"{months} شهرًا")
