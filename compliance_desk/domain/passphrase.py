"""Passphrase rules shared by the CLI and the app: how guessable a passphrase is, and which a new
register refuses.

Strength is estimated with zxcvbn (Dropbox's estimator: dictionaries of common passwords, names and
words, keyboard patterns, repeats, sequences, dates, l33t substitutions), not from length and
alphabet alone: "password12" is ten characters from two alphabets and is guessed at once.

The register key is derived with PBKDF2-HMAC-SHA512 at 256 000 iterations (SQLCipher 4), which slows
an offline attacker but does not stop one who tries the few million most likely passphrases first.
So a new register (or a new passphrase, `rekey`) needs zxcvbn score 3 or more ("safely
unguessable": about 10^10 guesses) and at least MINIMUM_LENGTH characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from compliance_desk.domain.messages import message

MINIMUM_LENGTH = 10
REQUIRED_SCORE = 3
# zxcvbn refuses more than 72 characters (its run time grows with the length); a longer passphrase is
# judged on its first 72, which alone are far beyond any guessing budget once they pass.
ESTIMATE_LENGTH = 72

# what zxcvbn found, as the reason shown to the officer (message keys in domain/messages.py)
REASONS = {
    "dictionary": "passphrase_reason_common",
    "spatial": "passphrase_reason_keyboard",
    "repeat": "passphrase_reason_repeat",
    "sequence": "passphrase_reason_sequence",
    "regex": "passphrase_reason_year",
    "date": "passphrase_reason_date",
}


@dataclass(frozen=True)
class Verdict:
    """zxcvbn's score (0–4) and, when the passphrase is refused, why (a message key)."""

    score: int
    reason: str | None = None
    minimum: int = MINIMUM_LENGTH

    @property
    def acceptable(self) -> bool:
        return self.reason is None

    def text(self, lang: str = "en") -> str:
        """Why the passphrase is refused, in `lang` ("" when it is accepted)."""
        if self.reason is None:
            return ""
        if self.reason == "passphrase_too_short":
            return message("passphrase_too_short", lang, minimum=self.minimum)
        return message("passphrase_guessable", lang, reason=message(self.reason, lang))

    @property
    def level(self) -> str:
        """'weak', 'fair' or 'strong', for the meter."""
        return "strong" if self.score >= 4 else "fair" if self.score >= REQUIRED_SCORE else "weak"


def _reason(result: dict[str, object], user_inputs: set[str]) -> str:
    """The message key naming the weakest part zxcvbn matched."""
    sequence = result.get("sequence") or []
    for match in sequence:  # type: ignore[attr-defined]
        pattern = match.get("pattern")
        if pattern == "dictionary" and match.get("dictionary_name") == "user_inputs":
            return "passphrase_reason_personal"
    for match in sequence:  # type: ignore[attr-defined]
        key = REASONS.get(str(match.get("pattern")))
        if key is not None:
            return key
    return "passphrase_reason_short"


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Verdict:
    """How guessable `passphrase` is; `user_inputs` are words an attacker would try first
    (the organisation's name, the officer's name, the file name)."""
    if not passphrase:
        return Verdict(0, "passphrase_too_short")
    from zxcvbn import zxcvbn  # its word lists take a tenth of a second to load: not at start-up

    words = {w.casefold() for text in user_inputs for w in str(text).replace("-", " ").split() if len(w) > 2}
    words |= {"".join(str(text).casefold().split()) for text in user_inputs if str(text).strip()}
    result = zxcvbn(passphrase[:ESTIMATE_LENGTH], user_inputs=sorted(words))
    score = int(result["score"])
    if len(passphrase) < MINIMUM_LENGTH:
        return Verdict(min(score, 2), "passphrase_too_short")
    if score < REQUIRED_SCORE:
        return Verdict(score, _reason(result, words))
    return Verdict(score)


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> int:
    """0–100 for a meter: zxcvbn's score in quarters."""
    return assess(passphrase, user_inputs).score * 25 if passphrase else 0


def acceptable(passphrase: str, user_inputs: Iterable[str] = ()) -> bool:
    return assess(passphrase, user_inputs).acceptable
