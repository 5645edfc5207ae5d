"""The policy check against a register built to differ from the online-store policy in known ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance_desk.domain.policy import read_policy
from compliance_desk.storage import activities, policy_check, records
from compliance_desk.storage.register import Register
from tests.domain.policy_expectations import ONLINE_STORE

POLICY = Path("/work/shared/samples/policies/online_store_ar.txt")
if not POLICY.exists():
    POLICY = Path(__file__).resolve().parents[3] / "shared/samples/policies/online_store_ar.txt"


@pytest.mark.skipif(not POLICY.exists(), reason="the sample policies are not in this checkout")
def test_gaps_are_exactly_the_known_differences(register: Register) -> None:
    # the register covers what the policy says, except: no "competitions" purpose, an extra
    # "special_category" data category, no acquirer but a court, and a transfer abroad
    purposes = sorted(ONLINE_STORE["purpose"] - {"competitions"})
    categories = sorted(ONLINE_STORE["data_category"] | {"special_category"})
    shop = activities.save_activity(register, None, {"name_en": "Online shop", "status": "active",
                                                     "purposes": purposes, "data_categories": categories})
    activities.save_activity(register, None, {"name_en": "Old draft", "status": "draft",
                                               "purposes": ["competitions"]})  # drafts do not count
    for kind in sorted(ONLINE_STORE["recipient"] - {"acquirer"}) + ["court"]:
        activities.save_recipient(register, None, {"name_en": kind, "recipient_type": kind})
    activities.save_activity(register, shop, {}, transfers=[{"country": "IE", "safeguard": "standard_clauses"}])
    court_ref = records.find_by_reference(register, "recipient", "REC-0007")["reference"]

    result = policy_check.check(register, read_policy(POLICY), "en")
    gaps = {(g.kind, g.code, g.direction) for g in result.gaps}
    assert gaps == {
        ("purpose", "competitions", "policy_only"),
        ("data_category", "special_category", "register_only"),
        ("recipient", "acquirer", "policy_only"),
        ("recipient", "court", "register_only"),
        ("transfer", "abroad", "register_only"),
        ("retention", "period", "missing"),
        ("right", "information", "missing"), ("right", "rectification", "missing"), ("right", "erasure", "missing"),
        ("right", "withdraw_consent", "missing"), ("right", "complaint", "missing"),
        ("contact", "controller", "missing"), ("contact", "officer", "missing"),
    }
    court = next(g for g in result.gaps if g.code == "court")
    assert court.records == (court_ref,) and court_ref in court.message
    acquirer = next(g for g in result.gaps if g.code == "acquirer")
    assert acquirer.message == ("The policy says data is shared with: Acquirer in a merger; no recipient of that "
                                "type is recorded.")
    arabic = policy_check.check(register, read_policy(POLICY), "ar")
    assert any("لا تذكر السياسة مدة الاحتفاظ" in g.message for g in arabic.gaps)
    shape = json.loads(result.as_json())
    assert set(shape) == {"findings", "gaps"}
    assert {"kind", "code", "evidence", "offset"} <= set(shape["findings"][0])
    assert {"kind", "code", "direction", "message"} <= set(shape["gaps"][0])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_placeholder_contacts_in_a_policy_are_gaps_where_they_stand(register: Register, lang: str) -> None:
    text = ("سياسة الخصوصية\nللتواصل مع مسؤول حماية البيانات راسله على dpo@alwaha.example أو اتصل بالرقم "
            "+966112345678.\nرقم السجل التجاري 4030000001.\n")
    result = policy_check.check(register, text, lang)
    placeholders = [g for g in result.gaps if g.code == "placeholder"]
    assert [(g.kind, g.direction, text[g.offset:g.offset + g.length]) for g in placeholders  # type: ignore[index]
            ] == [("contact", "defect", "dpo@alwaha.example"), ("contact", "defect", "+966112345678")]
    assert ("placeholder" if lang == "en" else "تجريبية") in placeholders[0].message
    assert policy_check.label("contact", "placeholder", lang) in ("Placeholder contact", "وسيلة تواصل تجريبية")
    real = policy_check.check(register, text.replace("dpo@alwaha.example", "dpo@alwaha.sa").replace(
        "+966112345678", "+966 11 482 9071"), lang)
    assert not [g for g in real.gaps if g.code == "placeholder"]
