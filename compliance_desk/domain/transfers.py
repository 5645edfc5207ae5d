"""Transfers of personal data outside the Kingdom: what each recorded safeguard rests on.

PDPL Art. 29 allows a transfer outside the Kingdom under conditions; paragraph 2(b) is the adequate
level of protection. Where there is none, the Regulation on Personal Data Transfer outside the
Kingdom (as amended in 2024), Art. 4(1), lists the appropriate safeguards: (a) standard contractual
clauses, (b) binding common rules, (c) a certificate of accreditation; Art. 7 requires a risk
assessment when a transfer relies on one of them. Consent, a contract's necessity or a legal claim
are not among those safeguards: the report says so beside them.
"""

from __future__ import annotations

BASIS: dict[str, tuple[str, str]] = {
    "adequacy": ("PDPL Art. 29(2)(b): adequate level of protection",
                 "المادة 29 (2/ب) من النظام: مستوى حماية ملائم"),
    "standard_clauses": ("Transfer Regulation Art. 4(1)(a); risk assessment Art. 7",
                         "لائحة النقل المادة 4 (1/أ)؛ تقييم المخاطر المادة 7"),
    "binding_rules": ("Transfer Regulation Art. 4(1)(b); risk assessment Art. 7",
                      "لائحة النقل المادة 4 (1/ب)؛ تقييم المخاطر المادة 7"),
    "accreditation_certificate": ("Transfer Regulation Art. 4(1)(c); risk assessment Art. 7",
                                  "لائحة النقل المادة 4 (1/ج)؛ تقييم المخاطر المادة 7"),
}
NOT_A_SAFEGUARD = ("not an appropriate safeguard of Transfer Regulation Art. 4(1)",
                   "ليست من الضمانات الملائمة في المادة 4 (1) من لائحة النقل")
SAFEGUARDED = frozenset(BASIS)


def basis(code: str | None, lang: str) -> str:
    """The legal basis a safeguard code rests on, or why it is not one."""
    en, ar = BASIS.get(code or "none", NOT_A_SAFEGUARD)
    return ar if lang == "ar" else en


def unsafeguarded(code: str | None) -> bool:
    """True when a transfer records no safeguard at all."""
    return (code or "none") == "none"
