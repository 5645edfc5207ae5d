from __future__ import annotations

import re

import pytest

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import ENTITIES

ARABIC = re.compile("[\u0600-\u06ff]")

# The stable codes DESIGN.md promises (reports, imports and the policy check rely on them).
DESIGN_CODES = {
    "legal_basis": "consent contract legal_obligation vital_interests public_interest legitimate_interests",
    "data_category": "identity contact government_id proof_of_address payment_card financial transactions "
                     "credentials online_identifiers cookies location communications user_content "
                     "marketing_preferences special_category",
    "purpose": "account_management order_fulfilment payment_processing identity_verification "
               "anti_money_laundering fraud_prevention customer_support marketing analytics "
               "service_improvement legal_compliance competitions quality_training security",
    "party_type": "service_provider payment_gateway financial_institution verification_agency "
                  "business_partner acquirer court public_prosecution law_enforcement "
                  "financial_intelligence_unit regulator tax_authority other_government",
    "right": "access rectification erasure withdraw_consent object_marketing portability complaint",
}


@pytest.mark.parametrize("name", sorted(DESIGN_CODES))
def test_design_codes_are_all_present(name: str) -> None:
    assert set(DESIGN_CODES[name].split()) <= set(v.ALL[name].codes)


@pytest.mark.parametrize("vocabulary", list(v.ALL.values()), ids=lambda voc: voc.name)
def test_every_term_has_an_english_and_an_arabic_label(vocabulary: v.Vocabulary) -> None:
    for term in vocabulary:
        assert term.en.strip() and not ARABIC.search(term.en), term
        assert ARABIC.search(term.ar), term
        assert re.fullmatch(r"[a-z][a-z0-9_]*", term.code), term


def test_lookup_accepts_codes_and_labels_in_either_language() -> None:
    assert v.LEGAL_BASES.lookup("legal_obligation") == "legal_obligation"
    assert v.LEGAL_BASES.lookup("Legal obligation") == "legal_obligation"
    assert v.LEGAL_BASES.lookup("التزام نظامي") == "legal_obligation"
    assert v.PARTY_TYPES.lookup("محكمة") == "court"
    assert v.LEGAL_BASES.lookup("whim") is None


def test_every_field_has_labels_in_both_languages() -> None:
    for entity in ENTITIES.values():
        assert ARABIC.search(entity.ar) and entity.en
        for field in entity.fields:
            assert ARABIC.search(field.ar), (entity.name, field.name)
            assert field.en and not ARABIC.search(field.en), (entity.name, field.name)
            if field.kind in ("code", "codes"):
                assert field.vocabulary is not None, field.name


def test_arabic_messages_isolate_their_parameters() -> None:
    from compliance_desk.domain.messages import message

    text = message("wrong_passphrase", "ar", path="/home/officer/org.cdesk")
    assert "\u2068/home/officer/org.cdesk\u2069" in text
    assert message("wrong_passphrase", "en", path="/x") == "Wrong passphrase for /x."
