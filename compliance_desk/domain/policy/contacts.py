"""Whom a reader can write to: the controller (e-mail, phone, postal address) and the officer.

PDPL Art. 13 and Art. 12 have the controller tell data subjects who it is and how to reach it; the
officer (Implementing Regulation Art. 32) is reachable when the policy names them together with a
way to write or call ("التواصل مع مسؤول حماية البيانات … info@…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compliance_desk.domain.policy.words import folded, sentences

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\d/-])(?:(?:\+|00)\d[\d\s-]{7,15}\d|05\d{8}|9200\d{5}|800\d{7}|\+?\d[\d\s-]{7,14}\d)(?![\d/-])")
PHONE_WORD = re.compile(r"هاتف|جوال|الرقم|رقم|اتصل|الاتصال|واتساب|phone|tel\b|call|mobile|whatsapp", re.I)
DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}-\d{1,2}-\d{4}$")
ADDRESS_AR = re.compile(r"(?<!\w)(?:ص\s?\.?\s?ب|صندوق بريد|الرمز البريدي|نتواجد في|مقرنا|يقع مقر|"
                        r"عنواننا|عنوان(?:نا)? البريدي|المقر الرئيسي)")
ADDRESS_EN = re.compile(r"\b(?:P\.?\s?O\.?\s?Box|our address|located at|registered office|our offices|"
                        r"postal address:)", re.I)
FORM = re.compile(r"نموذج (?:الاتصال|التواصل|طلب)|contact form|web form", re.I)
OFFICER = re.compile(r"مسو?ول حمايه البيانات|مسو?ول الخصوصيه|موظف حمايه البيانات|\bDPO\b|data protection officer|"
                     r"privacy officer", re.I)
REACH = re.compile(r"التواصل|الاتصال|مراسله|راسل|تواصل|contact|write to|reach|e-?mail", re.I)


@dataclass(frozen=True)
class Contact:
    code: str  # controller | officer
    start: int
    end: int


def contacts(text: str) -> list[Contact]:
    """The controller's and the officer's contacts, one per (code, sentence)."""
    found: list[Contact] = []
    spans = sentences(text)
    for index, (s_start, s_end) in enumerate(spans):
        raw = text[s_start:s_end]
        sentence, where = folded(raw)
        means = EMAIL.search(raw) or _phone(raw) or ADDRESS_AR.search(sentence) or ADDRESS_EN.search(raw) \
            or FORM.search(sentence)
        officer = OFFICER.search(sentence)
        if officer:
            following = text[s_end:spans[index + 1][1]] if index + 1 < len(spans) else ""
            if REACH.search(sentence) or EMAIL.search(following) or _phone(following):
                found.append(Contact("officer", s_start + where[officer.start()], s_start + where[officer.end()]))
        if means:
            folded_match = means.re in (ADDRESS_AR, FORM)
            a, b = (where[means.start()], where[means.end()]) if folded_match else (means.start(), means.end())
            found.append(Contact("controller", s_start + a, s_start + b))
    return found


def _phone(raw: str) -> re.Match[str] | None:
    for match in PHONE.finditer(raw):
        digits = re.sub(r"\D", "", match.group())
        if DATE_LIKE.match(match.group().strip()) or len(digits) < 8:
            continue
        if match.group().startswith(("+", "00", "05", "9200", "800")) or PHONE_WORD.search(raw):
            return match
    return None
