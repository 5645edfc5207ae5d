"""The words of the response letters to data subjects, in English and Arabic (reports/letters.py).

Each text is a str.format template; names, references and dates inside Arabic text are isolated by
the PDF layout (reports/text.py), so they read left to right.

The register records no gender: the Arabic letters address the requester as «السيد/السيدة …
المحترم/المحترمة» and then, throughout, in the plural of respect (طلبكم، لكم، توافقوا), which is
grammatical for a man and a woman alike — never in the masculine singular (طلبك، لك، توافق).
"""

from __future__ import annotations

KINDS = ("acknowledgement", "identity", "extension", "answer", "refusal")

T: dict[str, tuple[str, str]] = {
    # letter titles
    "acknowledgement": ("Acknowledgement of your request", "إشعار باستلام طلبكم"),
    "identity": ("Request for proof of identity", "طلب إثبات الهوية"),
    "extension": ("Notice of extension of the time to answer", "إشعار بتمديد مدة الرد"),
    "answer": ("Our answer to your request", "ردنا على طلبكم"),
    "refusal": ("Refusal of your request, with reasons", "رفض طلبكم مع بيان الأسباب"),
    # the refusal letter when only some rights are refused (or granted in part): it must not read as a
    # refusal of the whole request
    "refusal_partial": ("Our decision on each right, with the reasons for what we refused",
                        "قرارنا في كل حق مع بيان أسباب ما رفضناه"),
    # letterhead and addressing
    "cr": ("Commercial registration {value}", "السجل التجاري {value}"),
    "our_reference": ("Our reference", "مرجعنا"),
    "date": ("Date", "التاريخ"),
    "to": ("To", "إلى"),
    "subject": ("Subject", "الموضوع"),
    "subject_line": ("Your request received on {date}", "طلبكم المستلم بتاريخ {date}"),
    # (the register records no gender of a customer: the Arabic salutation names both, and the letter
    # goes on in the plural of respect)
    "dear": ("Dear {name},", "السيد/السيدة {name} المحترم/المحترمة،"),
    "dear_blank": ("Dear Sir or Madam,", "السادة المحترمون،"),
    "regards": ("Yours sincerely,", "وتفضلوا بقبول فائق الاحترام،"),
    # the title the privacy notice and the rest of the app give the officer (domain/notice_words.py)
    "officer_title": ("Data protection officer", "مسؤول حماية البيانات"),
    # gap names (domain.letter_gaps): "… in Arabic" / "… in English" is added to them
    "officer_name": ("The data protection officer's name", "اسم مسؤول حماية البيانات"),
    "id_check": ("How the identity is checked (organisation profile)", "طريقة التحقق من الهوية (ملف الجهة)"),
    "seal_line": ("Register seal {seal}: this letter's copy is recorded in our register.",
                  "ختم السجل {seal}: نسخة هذا الخطاب مسجلة في سجلنا."),
    # acknowledgement
    "ack_received": ("We received your request on {date} {channel}. You asked to exercise: {rights}.",
                     "استلمنا طلبكم بتاريخ {date} {channel}، وتطلبون فيه ممارسة: {rights}."),
    # how the request came, as a letter says it ("by e-mail", not the register's label "E-mail")
    "via_email": ("by e-mail", "عبر البريد الإلكتروني"),
    "via_web_form": ("through our web form", "عبر النموذج الإلكتروني"),
    "via_phone": ("by telephone", "هاتفياً"),
    "via_post": ("by letter", "بخطاب بالبريد"),
    "via_in_person": ("in person at our offices", "حضورياً في مقرنا"),
    "via_in_app": ("in the app or your account settings", "من خلال التطبيق أو إعدادات الحساب"),
    "ack_due": ("We will answer by {due}, within 30 days of receiving it, as the Implementing Regulation of the "
                "Personal Data Protection Law requires (Art. 3).",
                "سنرد على طلبكم في موعد أقصاه {due}، خلال 30 يوماً من استلامه وفقاً للمادة 3 من اللائحة التنفيذية "
                "لنظام حماية البيانات الشخصية."),
    # the acknowledgement written after an extension: the current (extended) due date
    "ack_due_extended": ("We will answer by {due}: the time to answer was extended once, as the Implementing "
                         "Regulation of the Personal Data Protection Law allows (Art. 3), for the reasons below.",
                         "سنرد على طلبكم في موعد أقصاه {due}، بعد تمديد مدة الرد مرة واحدة وفقاً للمادة 3 من "
                         "اللائحة التنفيذية لنظام حماية البيانات الشخصية، للأسباب المبينة أدناه."),
    "ack_identity": ("Before we act on it we verify that the request comes from you; we will tell you if we need "
                     "anything for that.",
                     "وقبل تنفيذه نتحقق من أن الطلب صادر منكم، وسنبلغكم إن احتجنا إلى أي مستند لذلك."),
    "ack_fee": ("The fee for this request is {fee}.", "رسوم هذا الطلب: {fee}."),
    # identity
    "id_why": ("To protect your personal data, we must verify your identity before we act on your request "
               "(Implementing Regulation, Art. 3).",
               "حمايةً لبياناتكم الشخصية، يلزمنا التحقق من هويتكم قبل تنفيذ طلبكم (المادة 3 من اللائحة التنفيذية)."),
    "id_how": ("Please send or present: {how}", "نرجو تزويدنا بما يلي أو إبرازه لنا: {how}"),
    "id_default": ("a copy of your national ID, residence permit or passport, showing your name as in your request.",
                   "صورة من الهوية الوطنية أو الإقامة أو جواز السفر تُظهر اسمكم كما ورد في طلبكم."),
    "id_due": ("The time to answer still runs from the day we received your request; we will answer by {due}.",
               "تظل مدة الرد محسوبة من تاريخ استلام طلبكم، وسنرد في موعد أقصاه {due}."),
    # extension
    "ext_notice": ("We are writing before the first time limit ({first}) to tell you that we need more time to "
                   "answer your request.",
                   "نكتب إليكم قبل انقضاء المهلة الأولى ({first}) لإبلاغكم بأننا نحتاج إلى وقت إضافي للرد على طلبكم."),
    "ext_reason": ("The reason: {ground}. {details}", "السبب: {ground}. {details}"),
    "ext_due": ("We will answer by {due}. The Implementing Regulation (Art. 3) allows one extension of at most 30 "
                "days, told in advance with the reasons.",
                "سنرد في موعد أقصاه {due}. وتجيز المادة 3 من اللائحة التنفيذية تمديداً واحداً لا يتجاوز 30 يوماً "
                "مع الإبلاغ المسبق وبيان الأسباب."),
    # how the requester was told of the extension in advance (extension_notice_method)
    "ext_told_letter": ("This letter, dated {date}, is our notice of the extension to you.",
                        "وهذا الخطاب المؤرخ في {date} هو إشعارنا لكم بالتمديد."),
    "ext_told": ("We told you of this extension {how} on {date}; this letter confirms it in writing.",
                 "وقد أبلغناكم بهذا التمديد {how} بتاريخ {date}، ويؤكده هذا الخطاب كتابةً."),
    "told_email": ("by e-mail", "عبر البريد الإلكتروني"),
    "told_phone": ("by phone", "هاتفياً"),
    "told_in_person": ("in person", "حضورياً"),
    # answer and refusal
    "ans_intro": ("Here is our decision on each right you asked to exercise:",
                  "فيما يلي قرارنا في كل حق طلبتم ممارسته:"),
    "right": ("Right", "الحق"),
    "decision": ("Decision", "القرار"),
    "done": ("What we did / our reasons", "ما قمنا به أو أسبابنا"),
    "ans_export": ("A copy of the personal data we hold about you is enclosed (spreadsheet and JSON file).",
                   "مرفقةٌ بهذا الخطاب نسخة من بياناتكم الشخصية المحفوظة لدينا (جدول بيانات وملف JSON)."),
    "ref_intro": ("We cannot act on your request, for the following reasons:",
                  "يتعذر علينا تنفيذ طلبكم للأسباب الآتية:"),
    "ref_intro_partial": ("You asked to exercise more than one right. Here is our decision on each of them; where we "
                          "refused a right, in whole or in part, the reasons are given beside it:",
                          "طلبتم ممارسة أكثر من حق، وفيما يلي قرارنا في كل منها؛ وحيث رفضنا حقاً كلياً أو جزئياً "
                          "فقد بيّنا أسبابه بجانبه:"),
    # an erasure limited by legal holds: what is kept, on what basis, until when; the rest erased
    "held_intro": ("{right}: the law requires us to keep the following data:",
                   "{right}: يُلزمنا النظام بالاحتفاظ بالبيانات الآتية:"),
    # data kept only under an activity's own stated retention period (no legal basis recorded)
    "held_stated": ("We also keep, for now, under our stated retention periods:",
                    "ونحتفظ كذلك، في الوقت الحالي، وفق مدد الاحتفاظ التي أعلنّاها بما يلي:"),
    "held_stated_only": ("{right}: we keep, for now, under our stated retention periods:",
                         "{right}: نحتفظ، في الوقت الحالي، وفق مدد الاحتفاظ التي أعلنّاها بما يلي:"),
    "held_erased": ("All your other personal data were erased on {date}.",
                    "وقد أتلفنا سائر بياناتكم الشخصية الأخرى بتاريخ {date}."),
    "held_then": ("When each period ends, we will erase these data too.",
                  "وعند انتهاء كل مدة من هذه المدد سنتلف هذه البيانات أيضاً."),
    # PDPL Art. 34, Implementing Regulation Art. 37: the channel as the privacy notice names it
    # (the 90 days run from the incident or from learning of it, as the privacy notice says: IR Art. 37)
    "complain": ("If you disagree with our decision, you have the right to complain to the Saudi Data and AI "
                 "Authority (SDAIA), which supervises the Personal Data Protection Law: within 90 days of the "
                 "incident or of learning of it, through "
                 "the «Reports and Complaints» service of the National Data Governance Platform ({platform}), "
                 "signing in with Absher (PDPL Art. 34; Implementing Regulation Art. 37). You may also write to "
                 "us again.",
                 "إذا لم توافقوا على قرارنا، فلكم الحق في تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء "
                 "الاصطناعي (سدايا) المختصة بالإشراف على نظام حماية البيانات الشخصية: خلال 90 يوماً من وقوع المخالفة أو "
                 "علمكم بها، عبر خدمة "
                 "«البلاغات والشكاوى» في المنصة الوطنية لحوكمة البيانات ({platform})، بالدخول عن طريق أبشر "
                 "(المادة 34 من النظام، والمادة 37 من اللائحة التنفيذية). ولكم أيضاً أن تراسلونا مجدداً."),
    "contact": ("You can reach our data protection officer at {contact}.",
                "يمكنكم التواصل مع مسؤول حماية البيانات لدينا عبر {contact}."),
}


def t(key: str, lang: str, **params: object) -> str:
    en, ar = T[key]
    return (ar if lang == "ar" else en).format(**params)
