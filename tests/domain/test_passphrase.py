"""Passphrase strength from zxcvbn: what a new register refuses, and why, in both languages."""

from __future__ import annotations

import pytest

from compliance_desk.domain.passphrase import MINIMUM_LENGTH, assess, strength


@pytest.mark.parametrize("passphrase", ["password12", "qwertyuiop12", "aaaaaaaaaaaa", "abcdefghijkl",
                                        "1234567890", "Password2026"])
def test_guessable_passphrases_are_refused_even_when_long_enough(passphrase: str) -> None:
    verdict = assess(passphrase)
    assert len(passphrase) >= MINIMUM_LENGTH
    assert not verdict.acceptable and verdict.level == "weak"
    assert strength(passphrase) < 75


@pytest.mark.parametrize("passphrase", ["correct horse battery staple", "amber falcon quietly orbits",
                                        "عبارة مرور طويلة جداً للسجل", "Tr0ub4dor&3xyz!"])
def test_unguessable_passphrases_pass(passphrase: str) -> None:
    verdict = assess(passphrase)
    assert verdict.acceptable and verdict.reason is None and verdict.text("en") == ""
    assert verdict.score >= 3


def test_reasons_name_what_was_found() -> None:
    assert assess("password12").reason == "passphrase_reason_common"
    assert assess("aaaaaaaaaaaa").reason == "passphrase_reason_repeat"
    assert assess("abcdefghijkl").reason == "passphrase_reason_sequence"
    assert "common password" in assess("password12").text("en")
    assert "كلمة مرور أو كلمة شائعة" in assess("password12").text("ar")


def test_the_organisation_name_is_what_an_attacker_tries_first() -> None:
    assert assess("NakheelJewels").acceptable  # strong enough on its own …
    personal = assess("NakheelJewels", ["Nakheel Jewels", "Salma"])  # … not for that organisation
    assert not personal.acceptable and personal.reason == "passphrase_reason_personal"


def test_length_edges() -> None:
    nine = "kq7#Vz!p2"
    assert not assess(nine).acceptable and assess(nine).reason == "passphrase_too_short"
    assert assess(nine + "M").acceptable  # ten characters of no pattern
    assert "at least 10" in assess("").text("en")
    assert assess("x" * 500 + "kq7#Vz!p2M").score == 0  # judged on its first 72 characters: a repeat
    assert strength("") == 0
