from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.storage import connection
from compliance_desk.storage.files import is_network_path
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
//fileserver/compliance /mnt/share cifs rw,relatime 0 0
server:/exports /mnt/nfs\\040home nfs4 rw 0 0
tmpfs /mnt/share/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "network"), [
    ("/home/officer/org.cdesk", False),
    ("/mnt/share/org.cdesk", True),
    ("/mnt/share/deep/er/org.cdesk", True),
    ("/mnt/nfs home/org.cdesk", True),
    ("/mnt/share/local/org.cdesk", False),  # the most specific mount wins
    ("/mnt/sharex/org.cdesk", False),
])
def test_network_shares_are_recognised(path: str, network: bool) -> None:
    assert is_network_path(Path(path), MOUNTS) is network


def test_register_on_a_network_share_uses_the_rollback_journal(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "is_network_path", lambda path: True)
    with Register.create(tmp_path / "share.cdesk", PASSPHRASE, {"legal_name_en": "Co"}) as register:
        assert register.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert register.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
