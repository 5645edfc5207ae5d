"""The words of the response letters to data subjects, in English and Arabic (reports/letters.py).

Each text is a str.format template; names, references and dates inside Arabic text are isolated by
the PDF layout (reports/text.py), so they read left to right.
"""

from __future__ import annotations

KINDS = ("acknowledgement", "identity", "extension", "answer", "refusal")

T: dict[str, tuple[str, str]] = {
    # letter titles
    "acknowledgement": ("Acknowledgement of your request", "إشعار باستلام طلبك"),
    "identity": ("Request for proof of identity", "طلب إثبات الهوية"),
    "extension": ("Notice of extension of the time to answer", "إشعار بتمديد مدة الرد"),
    "answer": ("Our answer to your request", "ردنا على طلبك"),
    "refusal": ("Refusal of your request, with reasons", "رفض طلبك مع بيان الأسباب"),
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
    "subject_line": ("Your request received on {date}", "طلبك المستلم بتاريخ {date}"),
    # (the register records no gender of a customer: the Arabic salutation names both)
    "dear": ("Dear {name},", "السيد/السيدة {name} المحترم/المحترمة،"),
    "dear_blank": ("Dear Sir or Madam,", "السادة المحترمون،"),
    "regards": ("Yours sincerely,", "وتفضلوا بقبول فائق الاحترام،"),
    # the title the privacy notice and the rest of the app give the officer (domain/notice_words.py)
    "officer_title": ("Data protection officer", "مسؤول حماية البيانات"),
    "seal_line": ("Register seal {seal}: this letter's copy is recorded in our register.",
                  "ختم السجل {seal}: نسخة هذا الخطاب مسجلة في سجلنا."),
    # acknowledgement
    "ack_received": ("We received your request on {date} by {channel}. You asked to exercise: {rights}.",
                     "استلمنا طلبك بتاريخ {date} عن طريق {channel}، وتطلب فيه ممارسة: {rights}."),
    "ack_due": ("We will answer by {due}, within 30 days of receiving it, as the Implementing Regulation of the "
                "Personal Data Protection Law requires (Art. 3).",
                "سنرد على طلبك في موعد أقصاه {due}، خلال 30 يوماً من استلامه وفقاً للمادة 3 من اللائحة التنفيذية "
                "لنظام حماية البيانات الشخصية."),
    "ack_identity": ("Before we act on it we verify that the request comes from you; we will tell you if we need "
                     "anything for that.",
                     "وقبل تنفيذه نتحقق من أن الطلب صادر منك، وسنبلغك إن احتجنا إلى أي مستند لذلك."),
    "ack_fee": ("The fee for this request is {fee}.", "رسوم هذا الطلب: {fee}."),
    # identity
    "id_why": ("To protect your personal data, we must verify your identity before we act on your request "
               "(Implementing Regulation, Art. 3).",
               "حمايةً لبياناتك الشخصية، يلزمنا التحقق من هويتك قبل تنفيذ طلبك (المادة 3 من اللائحة التنفيذية)."),
    "id_how": ("Please send or present: {how}", "نرجو تزويدنا أو الاطلاع على: {how}"),
    "id_default": ("a copy of your national ID, residence permit or passport, showing your name as in your request.",
                   "صورة من الهوية الوطنية أو الإقامة أو جواز السفر تُظهر اسمك كما ورد في طلبك."),
    "id_due": ("The time to answer still runs from the day we received your request; we will answer by {due}.",
               "تظل مدة الرد محسوبة من تاريخ استلام طلبك، وسنرد في موعد أقصاه {due}."),
    # extension
    "ext_notice": ("We are writing before the first time limit ({first}) to tell you that we need more time to "
                   "answer your request.",
                   "نكتب إليك قبل انقضاء المهلة الأولى ({first}) لإبلاغك بأننا نحتاج إلى وقت إضافي للرد على طلبك."),
    "ext_reason": ("The reason: {ground}. {details}", "السبب: {ground}. {details}"),
    "ext_due": ("We will answer by {due}. The Implementing Regulation (Art. 3) allows one extension of at most 30 "
                "days, with notice in advance and the reasons; this is that notice.",
                "سنرد في موعد أقصاه {due}. وتجيز المادة 3 من اللائحة التنفيذية تمديداً واحداً لا يتجاوز 30 يوماً "
                "مع الإبلاغ المسبق وبيان الأسباب، وهذا هو ذلك الإبلاغ."),
    # answer and refusal
    "ans_intro": ("Here is our decision on each right you asked to exercise:",
                  "فيما يلي قرارنا في كل حق طلبت ممارسته:"),
    "right": ("Right", "الحق"),
    "decision": ("Decision", "القرار"),
    "done": ("What we did / our reasons", "ما قمنا به أو أسبابنا"),
    "ans_export": ("A copy of the personal data we hold about you is enclosed (spreadsheet and JSON file).",
                   "مرفق نسخة من بياناتك الشخصية المحفوظة لدينا (جدول بيانات وملف JSON)."),
    "ref_intro": ("We cannot act on your request, for the following reasons:",
                  "يتعذر علينا تنفيذ طلبك للأسباب الآتية:"),
    "ref_intro_partial": ("You asked to exercise more than one right. Here is our decision on each of them; where we "
                          "refused a right, in whole or in part, the reasons are given beside it:",
                          "طلبت ممارسة أكثر من حق، وفيما يلي قرارنا في كل منها؛ وحيث رفضنا حقاً كلياً أو جزئياً "
                          "فقد بيّنا أسبابه بجانبه:"),
    # an erasure limited by legal holds: what is kept, on what basis, until when; the rest erased
    "held_intro": ("{right}: the law requires us to keep the following data, and only these:",
                   "{right}: يُلزمنا النظام بالاحتفاظ بالبيانات الآتية، وبها وحدها:"),
    "held_erased": ("All your other personal data were erased on {date}.",
                    "وقد أتلفنا سائر بياناتك الشخصية الأخرى بتاريخ {date}."),
    "held_then": ("When each period ends, we will erase these data too.",
                  "وعند انتهاء كل مدة من هذه المدد سنتلف هذه البيانات أيضاً."),
    # PDPL Art. 34, Implementing Regulation Art. 37: the channel as the privacy notice names it
    "complain": ("If you disagree with our decision, you have the right to complain to the Saudi Data & AI "
                 "Authority (SDAIA), which supervises the Personal Data Protection Law: within 90 days, through "
                 "the «Reports and Complaints» service of the National Data Governance Platform ({platform}), "
                 "signing in with Absher (PDPL Art. 34; Implementing Regulation Art. 37). You may also write to "
                 "us again.",
                 "إذا لم توافق على قرارنا، فلك الحق في تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء "
                 "الاصطناعي (سدايا) المختصة بالإشراف على نظام حماية البيانات الشخصية: خلال 90 يومًا، عبر خدمة "
                 "«البلاغات والشكاوى» في منصة حوكمة البيانات الوطنية ({platform})، بالدخول عن طريق أبشر "
                 "(المادة 34 من النظام، والمادة 37 من اللائحة التنفيذية). ولك أيضًا أن تراسلنا مجددًا."),
    "contact": ("You can reach our data protection officer at {contact}.",
                "يمكنك التواصل مع مسؤول حماية البيانات لدينا عبر {contact}."),
}


def t(key: str, lang: str, **params: object) -> str:
    en, ar = T[key]
    return (ar if lang == "ar" else en).format(**params)
