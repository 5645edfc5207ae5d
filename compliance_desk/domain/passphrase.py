"""Passphrase rules shared by the CLI and the app: a minimum, and a strength estimate for the meter."""

from __future__ import annotations

import math
import string

MINIMUM_LENGTH = 10


def strength(passphrase: str) -> int:
    """0–100: an entropy estimate (length × alphabet), capped; 60+ is strong enough for a register."""
    if not passphrase:
        return 0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 60  # Arabic letters and other scripts
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    return min(100, int(bits * 100 / 80))  # 80 bits or more counts as full strength


def acceptable(passphrase: str) -> bool:
    return len(passphrase) >= MINIMUM_LENGTH
