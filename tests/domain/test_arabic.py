from __future__ import annotations

import pytest

from compliance_desk.domain.arabic import normalise


@pytest.mark.parametrize(("a", "b"), [
    ("أحمد", "احمد"), ("إحمد", "احمد"), ("آمنة", "امنه"), ("ٱلله", "الله"),
    ("مؤسسة", "موسسه"), ("مستشفى", "مستشفي"), ("شاطئ", "شاطي"),
    ("مُحَمَّد", "محمد"), ("محـــمد", "محمد"), ("١٢٣", "123"), ("۴۵۶", "456"),
    ("  Fatimah   AL-Zahrani ", "fatimah al-zahrani"),
])
def test_forms_fold_together(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_distinct_words_stay_distinct() -> None:
    assert normalise("سالم") != normalise("سلمى")
    assert normalise("") == ""


def test_index_terms_add_words_without_their_article() -> None:
    from compliance_desk.domain.arabic import index_terms

    terms = index_terms("منع الإحتيال وبالبريد الإلكتروني").split()
    assert {"الاحتيال", "احتيال", "بريد", "الالكتروني", "الكتروني"} <= set(terms)
    assert index_terms("ال") == "ال"
