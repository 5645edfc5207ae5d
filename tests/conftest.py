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


# ------------------------------------------------------------------ the PostgreSQL engine
@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the session (tests/pg.py); skips when no server is installed."""
    from tests import pg

    try:
        cluster = pg.start_cluster()
    except FileNotFoundError as error:
        pytest.skip(str(error))
    yield cluster
    pg.remove_cluster(cluster)


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """A database initialised by `server init` once, copied (CREATE DATABASE … TEMPLATE) per test."""
    from compliance_desk.storage.pg import server
    from tests import pg

    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE cd_template")
    server.init(pg_cluster.url("cd_template"), pg.SUPERUSER_PASSWORD, first_entries=False)
    return "cd_template"


@pytest.fixture(scope="session")
def pg_pool(pg_cluster, pg_template: str):
    from tests import pg

    return pg.Pool(pg_cluster, pg_template)


@pytest.fixture
def pg_url(pg_cluster, pg_pool):
    """The URL of an empty register database (the owner's login, password pg.SUPERUSER_PASSWORD),
    its first entry written under the test's clock; emptied for the next test afterwards."""
    from compliance_desk.storage.pg import server
    from tests import pg

    name = pg_pool.take()
    url = pg_cluster.url(name)
    server.init(url, pg.SUPERUSER_PASSWORD)
    yield url
    pg_pool.give_back(name)


@pytest.fixture
def durable_server():
    """A cluster of the test's own, one it may stop, kill and restart, with synchronous commits as a
    real server has them, and the URL of a register initialised on it (the owner's login): (cluster,
    url). Removed after the test; skips when no server is installed."""
    from compliance_desk.storage.pg import server
    from tests import pg

    try:
        cluster = pg.start_cluster(durable=True)
    except FileNotFoundError as error:
        pytest.skip(str(error))
    try:
        with pg.admin(cluster) as conn:
            conn.execute("CREATE DATABASE durable")
        url = cluster.url("durable")
        server.init(url, pg.SUPERUSER_PASSWORD)
        yield cluster, url
    finally:
        pg.remove_cluster(cluster)


@pytest.fixture(params=["sqlcipher", "postgresql"])
def engine(request) -> str:
    """The storage engine a test runs on; tests marked `sqlcipher_only` skip the server."""
    if request.param == "postgresql" and request.node.get_closest_marker("sqlcipher_only"):
        pytest.skip("the file's behaviour only")
    return str(request.param)


@pytest.fixture
def any_register(engine: str, request):
    """A fresh register with an organisation profile, open for writing, on each engine in turn; its
    actor is "tester" on both (on the server, the database user of that name, an officer)."""
    if engine == "sqlcipher":
        reg = Register.create(request.getfixturevalue("register_path"), PASSPHRASE,
                              {"legal_name_en": "Acme Store", "legal_name_ar": "متجر أكمي"}, actor="tester")
    else:
        from tests import pg

        url = request.getfixturevalue("pg_url")
        reg = pg.officer_register(request.getfixturevalue("pg_cluster"), url, "tester")
    yield reg
    reg.close()
