"""Known errors: the environment's or the user's fault, shown as a plain message, never a traceback."""

from __future__ import annotations

from compliance_desk.domain.messages import message


class KnownError(Exception):
    """An error with a message for the user, in either language.

    `exit_code` follows the CLI contract: 1 action failed, 2 bad usage or input, 3 wrong
    passphrase or not a register.
    """

    exit_code = 1

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(message(key, "en", **self._localised(params, "en")))

    @staticmethod
    def _localised(params: dict[str, object], lang: str) -> dict[str, object]:
        # A parameter may itself be a message key wrapped in Msg, e.g. the reason a file is not a register.
        return {k: (v.text(lang) if isinstance(v, Msg) else v) for k, v in params.items()}

    def text(self, lang: str = "en") -> str:
        return message(self.key, lang, **self._localised(self.params, lang))


class Msg:
    """A message key with parameters, rendered in the reader's language when shown."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params

    def text(self, lang: str = "en") -> str:
        return message(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.text("en")


class InvalidInput(KnownError):
    exit_code = 2


class ValidationError(InvalidInput):
    """A field value the domain refuses."""

    def __init__(self, field: str, reason: Msg) -> None:
        self.field = field
        self.reason = reason
        super().__init__("invalid_value", field=field, reason=reason)


class ActionFailed(KnownError):
    exit_code = 1
