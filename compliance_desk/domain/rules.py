"""Rules across fields of one record, checked by the use cases and, as you type, by the forms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from compliance_desk.domain.errors import Msg, ValidationError


def check_activity(values: Mapping[str, Any]) -> None:
    last, following = values.get("last_review"), values.get("next_review")
    if last and following and str(following) <= str(last):
        raise ValidationError("next_review", Msg("review_after_last"))
