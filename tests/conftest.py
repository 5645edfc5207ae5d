"""Shared fixtures: real, encrypted, temporary registers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from compliance_desk.storage import demo  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs and settings of tests never touch the real user folders."""
    logs = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv("COMPLIANCE_DESK_LOG_DIR", str(logs))
    monkeypatch.delenv("COMPLIANCE_DESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("COMPLIANCE_DESK_NEW_PASSPHRASE", raising=False)
    monkeypatch.setenv("COMPLIANCE_DESK_LANG", "en")


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "acme.cdesk"


@pytest.fixture
def register(register_path: Path):
    """A fresh encrypted register with an organisation profile, open for writing."""
    reg = Register.create(register_path, PASSPHRASE,
                          {"legal_name_en": "Acme Store", "legal_name_ar": "متجر أكمي"}, actor="tester")
    yield reg
    reg.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.cdesk"
    demo.build(path, PASSPHRASE)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo register (copied while closed, so a file copy is safe)."""
    path = tmp_path / "demo.cdesk"
    shutil.copyfile(demo_template, path)
    return path
