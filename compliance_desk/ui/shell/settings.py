"""Every workstation setting, declared once with its type and default, stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from compliance_desk.domain.language import language_from_environment
from compliance_desk.ui.widgets.format import DisplayOptions

SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("language", str, "", "UI language, 'ar' or 'en' (empty: from the environment)"),
    Setting("idle_lock_minutes", int, 10, "Minutes without input before the register locks (0: never)"),
    Setting("officer_name", str, "", "Name written into audit entries"),
    Setting("digits", str, "auto", "Digits on screen: 'auto' (as the language writes them), 'latin' or 'arabic'"),
    Setting("hijri_dates", bool, False, "Show the Umm al-Qura date beside Gregorian dates on screen"),
    Setting("proof_of_address_days", int, 90, "Oldest accepted proof of address, in days"),
    Setting("report_language", str, "ar", "Default language of reports"),
    Setting("report_hijri", bool, False, "Show the Umm al-Qura date beside Gregorian dates in reports"),
    Setting("report_reveal_identifiers", bool, False, "Reports show identifiers in full"),
    Setting("recent_registers", list, [], "Paths of recently opened registers, newest first"),
    Setting("window_geometry", bytes, b"", "Main window geometry"),
    Setting("window_state", bytes, b"", "Main window toolbars and docks"),
    Setting("last_page", str, "queue", "Page shown when the main window opens (the action queue at first)"),
)
_BY_KEY = {s.key: s for s in SETTINGS}


def default_store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "compliance-desk", "compliance-desk")


class Settings:
    """Typed access to the declared settings, plus free per-table keys (e.g. visible columns)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else default_store()
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self.store.value("settings_version", 0) or 0)
        # Upgrades keyed by version go here (none yet: version 1 is the first).
        if version < SETTINGS_VERSION:
            self.store.setValue("settings_version", SETTINGS_VERSION)

    def get(self, key: str) -> Any:
        spec = _BY_KEY[key]
        raw = self.store.value(key, None)
        if raw is None:
            return list(spec.default) if spec.type is list else spec.default
        try:
            if spec.type is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            if spec.type is int:
                return int(raw)
            if spec.type is list:
                return [raw] if isinstance(raw, str) else list(raw)
            if spec.type is bytes:
                return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
            return str(raw)
        except (TypeError, ValueError):
            return spec.default

    def set(self, key: str, value: Any) -> None:
        spec = _BY_KEY[key]
        if spec.type is bytes:
            value = QByteArray(bytes(value))
        self.store.setValue(key, value)
        self.store.sync()

    def display(self, lang: str | None = None) -> DisplayOptions:
        digits = self.get("digits")
        arabic = digits == "arabic" or (digits == "auto" and (lang or self.language()) == "ar")
        return DisplayOptions(arabic_digits=arabic, hijri=bool(self.get("hijri_dates")))

    def language(self) -> str:
        return self.get("language") or language_from_environment()

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.get("recent_registers") if p != path]
        self.set("recent_registers", [path, *recent][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.set("recent_registers", [p for p in self.get("recent_registers") if p != path])

    def columns(self, table: str) -> list[str] | None:
        raw = self.store.value(f"columns/{table}", None)
        if raw is None:
            return None
        return [raw] if isinstance(raw, str) else list(raw)

    def set_columns(self, table: str, keys: list[str]) -> None:
        self.store.setValue(f"columns/{table}", keys)
        self.store.sync()
