"""The policy check on short texts written for each pattern: how a policy says, denies, conditions,
paraphrases; retention as periods, events and law; rights named or described; contacts; template
text left in; statements that contradict each other. The texts are ours, not the samples'."""

from __future__ import annotations

import pytest

from compliance_desk.domain import policy


def stated(text: str, kind: str, lang: str | None = None) -> set[str]:
    return policy.codes(policy.find(text, lang), kind)


def one(text: str, kind: str, code: str, lang: str | None = None) -> policy.Finding:
    return next(f for f in policy.find(text, lang) if f.kind == kind and f.code == code)


# ------------------------------------------------------------------ negation and conditions
@pytest.mark.parametrize("text", [
    "لا نجمع بيانات بطاقة الائتمان الخاصة بك.",
    "نحن لا نقوم بحفظ معلومات الدفع مثل تفاصيل بطاقة الائتمان.",
    "لن نشارك بيانات البطاقة مع أي جهة.",
    "We do not collect your credit card number.",
    "We never store card details on our servers.",
])
def test_a_denied_practice_is_not_a_statement(text: str) -> None:
    assert "payment_card" not in stated(text, "data_category")
    denied = [f for f in policy.find(text) if f.kind == "data_category" and f.code == "payment_card"]
    assert denied and all(f.polarity == "negative" for f in denied)


@pytest.mark.parametrize("text", [
    "لا نشارك معلوماتك مع شركاء الأعمال إلا بموافقتك.",
    "لا نشارك معلوماتك مع شركاء الأعمال دون الحصول على موافقتك.",
    "باستثناء الحالات التالية، لا نشارك معلوماتك مع شركاء الأعمال.",
    "We do not share your data with business partners except with your consent.",
    "We will not share your data with business partners unless you agree.",
])
def test_a_denial_with_an_exception_is_a_conditional_statement(text: str) -> None:
    finding = one(text, "recipient", "business_partner")
    assert finding.polarity == "conditional" and finding.condition
    assert "business_partner" in stated(text, "recipient")


@pytest.mark.parametrize(("text", "lang"), [
    ("قد نفصح عن بياناتك للجهات الحكومية عند الاقتضاء بموجب القانون.", "ar"),
    ("قد نشارك بياناتك مع المحاكم إذا طلب ذلك منا.", "ar"),
    ("We may disclose your data to government authorities if required by law.", "en"),
])
def test_a_disclosure_on_a_condition_is_stated_with_its_condition(text: str, lang: str) -> None:
    finding = next(f for f in policy.find(text, lang) if f.kind == "recipient")
    assert finding.polarity == "conditional" and finding.condition
    assert stated(text, "recipient", lang)


def test_a_negation_of_another_verb_does_not_deny() -> None:
    text = "نجمع رقم الهاتف، على سبيل المثال لا الحصر، ولا يقل ذلك عن حاجتنا."
    assert stated(text, "data_category") == {"contact"}


# ------------------------------------------------------------------ paraphrases, forms, mixed words
@pytest.mark.parametrize(("text", "kind", "code"), [
    ("نشارك بياناتك مع مورّدي الخدمات السحابية.", "recipient", "service_provider"),
    ("قد نفصح عنها للسلطات الحكومية الأخرى.", "recipient", "other_government"),
    ("نرسل بريدك إلى شركائنا.", "recipient", "business_partner"),
    ("نستخدم Google Analytics لفهم الزيارات.", "recipient", "service_provider"),
    ("نجمع عناوين IP ومعلومات الجهاز.", "data_category", "online_identifiers"),
    ("نستخدم Cookies لتذكر تفضيلاتك.", "data_category", "cookies"),
    ("تُرسل البيانات بشكل مشفّر عبر SSL.", "security", "encryption"),
    ("لأغراض أمنية نحتفظ بسجل الدخول.", "purpose", "security"),
    ("يمكنك طلب نسخة من السجلات الطبية.", "right", "access"),
    ("يمكنك تحرير بيانات ملفك الشخصي في أي وقت.", "right", "rectification"),
    ("يمكنك حذف حسابك في أي وقت.", "right", "erasure"),
    ("يجوز لك إلغاء التصريح كتابةً.", "right", "withdraw_consent"),
    ("لك الحق في العلم بأغراض المعالجة.", "right", "information"),
    ("لك الحق في الاعتراض على معالجة بياناتك.", "right", "object_marketing"),
    ("تُنقل بعض البيانات إلى بلدان ومناطق أخرى.", "transfer", "abroad"),
    ("نعتمد على مصالحنا المشروعة في تحسين الخدمة.", "legal_basis", "legitimate_interests"),
])
def test_paraphrases_plurals_and_attached_forms(text: str, kind: str, code: str) -> None:
    assert code in stated(text, kind, "ar")


@pytest.mark.parametrize(("text", "kind", "code"), [
    ("نقدم دورات تدريبية للمنشآت الصغيرة.", "purpose", "quality_training"),  # courses, not staff training
    ("يسعدنا تلقي طلبات التوظيف والتدريب.", "purpose", "quality_training"),
    ("عزيزي المتصفح، يرجى القراءة.", "data_category", "online_identifiers"),  # "dear visitor"
    ("يمكنك استخدام مزوّد بريدك الإلكتروني.", "data_category", "contact"),  # your e-mail provider
    ("نستخدم الإعلانات للإخطار بالتحديثات بشرط الموافقة.", "recipient", "law_enforcement"),  # "بشرط" is not police
])
def test_look_alikes_are_not_statements(text: str, kind: str, code: str) -> None:
    assert code not in stated(text, kind, "ar")


def test_a_source_is_not_a_recipient() -> None:
    text = "مصادر المعلومات:\nمن البنوك أو الجهات الائتمانية المعتمدة.\nنحصل على بياناتك من الجهات الحكومية."
    assert stated(text, "recipient", "ar") == set()
    assert stated("نشارك بياناتك مع البنوك.", "recipient", "ar") == {"financial_institution"}


# ------------------------------------------------------------------ retention
@pytest.mark.parametrize(("text", "code", "months"), [
    ("يتم الاحتفاظ بالإيصالات لمدة أربع سنوات من تاريخ الدفع الأخير.", "period", 48),
    ("ويتم حذف سجلات النظام خلال 24 ساعة.", "period", 1 / 30),
    ("فسنحذف عنوان بريدك الإلكتروني خلال أسبوعين بعد انتهاء الاختبار.", "period", 14 / 30),
    ("فقد نحتفظ بها لمدة تصل إلى عامين، تبعًا للغرض منها.", "period", 24),
    ("ينتهي مفعول ملفات تعريف الارتباط بعد انقضاء ساعة واحدة.", "period", 1 / 720),
    ("نحتفظ بسجلات المعاملات لمدة ١٠ سنوات.", "period", 120),
    ("We keep invoices for seven years.", "period", 84),
])
def test_retention_periods_in_figures_and_words(text: str, code: str, months: float) -> None:
    finding = one(text, "retention", code)
    assert finding.months == pytest.approx(months, rel=0.01)
    assert finding.period and finding.period in text


@pytest.mark.parametrize(("text", "code"), [
    ("سنحتفظ ببياناتك إلى أن تختار حذف حسابك.", "until_event"),
    ("تحتفظ شركتنا بالبيانات طوال مدة علاقة الأعمال.", "until_event"),
    ("نحتفظ بها فقط للمدة التي تكفي لإتمام الغرض.", "until_event"),
    ("عندما تختار حذف حسابك، ستتم إزالة جميع البيانات المرتبطة.", "until_event"),
    ("ما لم يقتضِ القانون أن نحتفظ بها لفترات أطول.", "legal_requirement"),
    ("قد نحتفظ بها مدة أطول للدفاع عن أنفسنا أمام المطالبات القانونية.", "legal_requirement"),
    ("نحتفظ بالفواتير وفقًا لمتطلبات هيئة الزكاة.", "legal_requirement"),
    ("We retain your data for as long as your account is open.", "until_event"),
    ("لا تقوم الشركة بحفظ بيانات البطاقة كاملة.", "not_retained"),
])
def test_retention_as_events_law_or_not_at_all(text: str, code: str) -> None:
    assert code in stated(text, "retention")


def test_keeping_a_card_on_an_exception_is_not_a_denial() -> None:
    text = "لا نحتفظ ببيانات البطاقة إلا بموافقتك لتسهيل الشراء لاحقًا."
    assert "not_retained" not in stated(text, "retention")


# ------------------------------------------------------------------ contacts
@pytest.mark.parametrize(("text", "codes"), [
    ("للاستفسار راسلنا على privacy@shop.sa.", {"controller"}),
    ("اتصل بنا على الرقم 0501234567.", {"controller"}),
    ("Call us on +966 11 234 5678.", {"controller"}),
    ("مقرنا: طريق الملك فهد، الرياض.", {"controller"}),
    ("يمكنك التواصل مع مسؤول حماية البيانات عبر البريد dpo@shop.sa.", {"controller", "officer"}),
    ("صدرت هذه السياسة في 2024-03-01 وتحدّث سنويًا.", set()),
])
def test_contacts_of_the_controller_and_the_officer(text: str, codes: set[str]) -> None:
    assert stated(text, "contact") == codes


# ------------------------------------------------------------------ template text
@pytest.mark.parametrize("text", [
    "إذا كانت لديك أسئلة فيمكنك الاتصال بنا على (______________).",
    "تدير [اسم الشركة] هذا الموقع.",
    "This site is operated by [company name].",
    "يمكنك مراسلتنا على البريد الإلكتروني: ؟",
    "يمكنك التواصل معنا على ؟ خلال أيام العمل.",
    "إذا كنت ترغب في الوصول إلى مسؤول حماية البيانات، فيرجى الاتصال .",
    "رقم السجل التجاري: XXXXXXXX",
])
def test_placeholders_left_in_the_policy(text: str) -> None:
    finding = one(text, "template", "placeholder")
    assert text[finding.offset:finding.offset + finding.length].strip()


def test_a_question_is_not_a_placeholder() -> None:
    assert "template" not in {f.kind for f in policy.find("كيف نستخدم معلوماتك؟ نستخدمها لتقديم الخدمة.")}


def test_a_paragraph_left_twice_is_found_once_with_both_places() -> None:
    paragraph = ("نستخدم أدوات التحليل لنفهم على نحو أفضل كيف تتفاعل مع تطبيقنا وموقعنا على الإنترنت. "
                 "ونعرف بها عدد الزيارات وطول الجلسات والصفحات التي تفتحها أكثر من غيرها.")
    text = f"البيانات التقنية.\n{paragraph}\nبيانات التفاعل.\n{paragraph}\n"
    repeated = [f for f in policy.find(text) if f.kind == "template" and f.code == "repeated"]
    assert len(repeated) == 1
    assert repeated[0].other_offset == text.index(paragraph) and repeated[0].offset == text.rindex(paragraph)


def test_one_short_sentence_said_twice_is_not_a_copy_left_behind() -> None:
    text = ("التسجيل: نحتفظ بهذه البيانات لمدة 10 سنوات من آخر طلب وفقًا لنظام الزكاة.\n"
            "الفوترة: نحتفظ بهذه البيانات لمدة 10 سنوات من آخر طلب وفقًا لنظام الزكاة.\n")
    assert "template" not in {f.kind for f in policy.find(text)}


def test_generator_text() -> None:
    text = "This privacy policy was generated by the Free Privacy Policy Generator. We collect your name."
    assert "generator" in stated(text, "template")


# ------------------------------------------------------------------ contradictions
@pytest.mark.parametrize(("text", "topic"), [
    ("لا نشارك بياناتك الشخصية مع أطراف ثالثة. قد ننقل المعلومات إلى شركاء الأعمال لتحسين الخدمة.", "sharing"),
    ("We never share your personal data with third parties. We share your data with our partners.", "sharing"),
    ("موقعنا لا يتتبع نشاطك على الإنترنت. نستخدم ملفات الارتباط وتقنيات التتبع الأخرى.", "tracking"),
    ("لا ننقل بياناتك إلى خارج المملكة. قد نخزن بياناتك على خوادم خارج المملكة.", "transfer"),
    ("لا ننقل البيانات إلا إلى دولة تطبق مستوى حماية لا يقل عن مستوى الحماية في المملكة. "
     "قد تُنقل بياناتك إلى دولة لا توفر مستوى حماية مكافئًا.", "transfer"),
    ("لا نبيع بياناتك الشخصية. قد نبيع بيانات العملاء للمعلنين.", "selling"),
    ("We do not collect any personal data. We collect your e-mail address to send receipts.", "collection"),
])
def test_statements_that_cannot_both_hold(text: str, topic: str) -> None:
    finding = one(text, "contradiction", topic)
    assert finding.other_offset is not None and finding.other_offset != finding.offset
    assert finding.evidence != finding.other_evidence


@pytest.mark.parametrize("text", [
    "لا نشارك بياناتك مع أطراف ثالثة إلا بموافقتك. قد نشارك بياناتك مع شركاء الأعمال بموافقتك.",
    "لا نبيع بياناتك الشخصية. نشارك بياناتك مع مزودي الخدمات.",  # not selling is not not sharing
    "We do not share your data with third parties without your consent. We share data with partners.",
])
def test_an_exception_or_another_topic_is_no_contradiction(text: str) -> None:
    assert "contradiction" not in {f.kind for f in policy.find(text)}


# ------------------------------------------------------------------ what the policy lacks
def test_every_pdpl_right_the_policy_never_states_is_a_gap_by_name() -> None:
    text = "يحق لك طلب الوصول إلى بياناتك وطلب تصحيحها. راسلنا على privacy@shop.sa."
    findings = policy.find(text, "ar")
    labels = {("right", c): c for c in policy.PDPL_RIGHTS}
    messages = {"gap_no_retention": "r", "gap_no_right": "{what} ({article})", "gap_no_legal_basis": "l",
                "gap_no_controller_contact": "c", "gap_no_contact": "o"}
    gaps = policy.missing(findings, labels, messages)
    rights = {g.code: g.message for g in gaps if g.kind == "right"}
    assert set(rights) == {"information", "erasure", "withdraw_consent", "complaint"}
    assert rights["complaint"] == "complaint (PDPL Art. 34)"
    assert {(g.kind, g.code) for g in gaps if g.kind == "contact"} == {("contact", "officer")}
