"""The policy check against this register: what the active records say, and the gaps."""

from __future__ import annotations

import json
from dataclasses import dataclass

from compliance_desk.domain import policy
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.messages import MESSAGES
from compliance_desk.storage import records
from compliance_desk.storage.register import Register

CONTACTS = {"controller": ("Contact for the organisation", "وسيلة للتواصل مع المنشأة"),
            "officer": ("Contact for the data protection officer", "وسيلة للتواصل مع مسؤول حماية البيانات"),
            "placeholder": ("Placeholder contact", "وسيلة تواصل تجريبية")}
TEMPLATES = {"placeholder": ("Blank or fill-in left in", "فراغ أو حقل لم يُملأ"),
             "repeated": ("Paragraph printed twice", "فقرة مكررة"),
             "generator": ("Policy generator's text", "نص من مولّد سياسات")}
CONTRADICTIONS = {"sharing": ("Sharing with others", "مشاركة البيانات مع الغير"), "selling": ("Selling data", "بيع البيانات"),
                  "tracking": ("Tracking", "التتبع"), "transfer": ("Transfers abroad", "النقل خارج المملكة"),
                  "collection": ("Collecting personal data", "جمع البيانات الشخصية")}
RETENTION = {"period": ("Retention period", "مدة الاحتفاظ"), "until_event": ("Kept until an event", "حتى حدث"),
             "legal_requirement": ("As the law requires", "وفق متطلبات نظامية"),
             "not_retained": ("Not retained", "لا يُحتفظ بها")}
KIND_VOCABULARY = {"data_category": v.DATA_CATEGORIES, "purpose": v.PURPOSES, "recipient": v.PARTY_TYPES,
                   "right": v.RIGHTS, "legal_basis": v.LEGAL_BASES, "security": v.SECURITY_MEASURES}


KINDS = {"data_category": ("Data", "البيانات"), "purpose": ("Purpose", "الغرض"),
         "recipient": ("Recipient", "الجهة المستلمة"), "right": ("Right", "الحق"), "retention": ("Retention", "الاحتفاظ"),
         "legal_basis": ("Legal basis", "الأساس النظامي"), "transfer": ("Transfer", "النقل"),
         "security": ("Security", "الأمن"), "contact": ("Contact", "التواصل"),
         "template": ("Template text", "نص قالب"), "contradiction": ("Contradiction", "تناقض")}
TABLES = {"contact": CONTACTS, "template": TEMPLATES, "contradiction": CONTRADICTIONS, "retention": RETENTION}


def kind_label(kind: str, lang: str) -> str:
    en, ar = KINDS.get(kind, (kind, kind))
    return ar if lang == "ar" else en


def label(kind: str, code: str, lang: str) -> str:
    if kind in KIND_VOCABULARY:
        return KIND_VOCABULARY[kind].label(code, lang)
    if code in TABLES.get(kind, {}):
        en, ar = TABLES[kind][code]
        return ar if lang == "ar" else en
    if kind == "transfer":
        return "النقل خارج المملكة" if lang == "ar" else "Transfers abroad"
    return code


def facts(register: Register) -> policy.RegisterFacts:
    """What the active processing activities and recipients record, with their references."""
    found = policy.RegisterFacts()
    cursor = register.conn.execute("SELECT id, reference FROM activities WHERE status = 'active' ORDER BY reference")
    for activity_id, reference in cursor.fetchall():
        row = records.get(register, "activity", activity_id)
        for code in row["data_categories"]:
            found.data_categories.setdefault(code, []).append(reference)
        for code in row["purposes"]:
            found.purposes.setdefault(code, []).append(reference)
        if register.conn.execute("SELECT 1 FROM transfers WHERE activity_id = ?", (activity_id,)).fetchone():
            found.transfers.append(reference)
    for reference, kind in register.conn.execute(
            "SELECT reference, recipient_type FROM recipients WHERE status = 'active' ORDER BY reference"):
        found.recipient_types.setdefault(kind, []).append(reference)
    return found


@dataclass
class Result:
    findings: list[policy.Finding]
    gaps: list[policy.Gap]
    language: str  # of the policy

    def as_json(self) -> str:
        return json.dumps({"findings": [f.as_json() for f in self.findings],
                           "gaps": [g.as_json() for g in self.gaps]}, ensure_ascii=False, indent=2)


def check(register: Register, text: str, lang: str = "en") -> Result:
    """Findings in the policy and its gaps with the register, gap messages in `lang`."""
    policy_lang = policy.language_of(text)
    findings = policy.find(text, policy_lang)
    labels = {(kind, code): label(kind, code, lang) for kind in policy.KINDS
              for code in (KIND_VOCABULARY[kind].codes if kind in KIND_VOCABULARY else TABLES.get(kind, ()))}
    messages = {key: MESSAGES[key][lang] for key in MESSAGES if key.startswith("gap_")}
    gaps = policy.compare(text, findings, facts(register), lang, labels, messages)
    return Result(findings, gaps, policy_lang)
