"""A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl over a temporary folder.

The server listens on a Unix socket only (`listen_addresses=''`) in a short folder under /tmp,
with fsync off (a test cluster need not survive a power cut), and is stopped at the end of the
session (`pg_ctl stop -m immediate`). initdb refuses to run as root: as root the cluster runs as
Debian's `postgres` system user (`runuser -u postgres --`), which owns the folder. The superuser
logs in with a password over the socket (scram-sha-256), so wrong passwords can be tested.

Tests that need it skip — never fail — when no server binaries are installed
(scripts/system-packages.sh --tools installs Debian's `postgresql`).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

SUPERUSER = "cdesk_owner"
SUPERUSER_PASSWORD = "owner secret"  # noqa: S105 - a throwaway cluster's password
USER_PASSWORD = "user secret"  # noqa: S105 - the password add_user gives a login unless told


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl (the newest Debian PostgreSQL, or what PATH holds)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class Cluster:
    folder: Path
    socket: Path
    bin: Path
    owner: str | None  # the system user the server runs as (None: this process's user)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        port = f"&port={self.port}" if self.port else ""
        return f"postgresql://{quote(user)}@/{database}?host={quote(str(self.socket))}{port}"

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.owner, "--"] if self.owner else []
        return subprocess.run([*prefix, *command], check=True, capture_output=True, text=True, timeout=120)

    durable: bool = False  # synchronous commits: a crash of the server loses nothing committed
    port: int | None = None  # TLS on this loopback port too (certificates from `with_tls`)

    def start(self) -> None:
        data = self.folder / "data"
        commits = "on" if self.durable else "off"
        listen = f"-c listen_addresses='127.0.0.1' -c port={self.port} -c ssl=on" if self.port else \
            "-c listen_addresses=''"
        options = (f"{listen} -c unix_socket_directories='{self.socket}' -c fsync=off"
                   f" -c synchronous_commit={commits} -c full_page_writes=off -c max_connections=60"
                   " -c shared_buffers=32MB")
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        subprocess.run([*(["runuser", "-u", self.owner, "--"] if self.owner else []),
                        str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)

    def log(self) -> str:
        try:
            return (self.folder / "log").read_text(errors="replace")
        except OSError:
            return ""


def start_cluster(*, durable: bool = False, tls_port: int | None = None) -> Cluster:
    """initdb a new cluster in a temporary folder and start it; raises RuntimeError with the reason
    when it cannot be done here."""
    binaries = server_binaries()
    if binaries is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    owner = None
    if os.getuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("running as root and no 'postgres' system user to run the server as") from None
        owner = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="cdpg", dir="/tmp"))
    socket = folder / "s"
    socket.mkdir()
    password_file = folder / "pw"
    password_file.write_text(SUPERUSER_PASSWORD + "\n")
    if owner:
        entry = pwd.getpwnam(owner)
        for path in (folder, socket, password_file):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    cluster = Cluster(folder, socket, binaries, owner, durable, tls_port)
    try:
        cluster._run(str(binaries / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER,
                     f"--pwfile={password_file}", "--auth=scram-sha-256", "-E", "UTF8",
                     "--locale=C.UTF-8", "--no-sync")
        password_file.unlink()
        if tls_port:
            _certificates(folder, owner)
        cluster.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        detail = getattr(error, "stderr", "") or ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the test cluster did not start: {detail.strip()[-500:]}\n{cluster.log()[-500:]}") \
            from None
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop()
    shutil.rmtree(cluster.folder, ignore_errors=True)


def admin(cluster: Cluster, database: str = "postgres") -> Any:
    """A superuser connection (autocommit) to `database`."""
    import psycopg

    return psycopg.connect(cluster.url(database), password=SUPERUSER_PASSWORD, autocommit=True)


def database(url: str) -> str:
    """The database a register URL names."""
    return url.split("?", 1)[0].rsplit("/", 1)[1]


_counter = itertools.count(1)


def new_database(cluster: Cluster, template: str) -> str:
    name = f"cd_test_{os.getpid()}_{next(_counter)}"
    with admin(cluster) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def add_user(cluster: Cluster, url: str, name: str, role: str, password: str = USER_PASSWORD) -> str:
    """A login in `role` on the register at `url` (made by the owner, as `server add-user` does);
    returns its URL."""
    from compliance_desk.storage.pg import server

    server.add_user(url, SUPERUSER_PASSWORD, name, role, password)
    return login(url, name)


def login(url: str, name: str) -> str:
    """The owner's URL `url` as `name`'s login."""
    return url.replace(f"{SUPERUSER}@", f"{name}@", 1)


def officer_register(cluster: Cluster, url: str, name: str) -> Any:
    """The register at `url` open for writing as officer `name`, with the organisation profile."""
    from compliance_desk.domain.entities import ORGANISATION
    from compliance_desk.domain.validation import clean
    from compliance_desk.storage.register import Register

    officer = add_user(cluster, url, name, "officer")
    register = Register.open(officer, USER_PASSWORD)
    with register.atomic():
        register.insert(ORGANISATION, {"id": 1, **clean(ORGANISATION, {
            "legal_name_en": "Acme Store", "legal_name_ar": "متجر أكمي"})})
    return register


class Pool:
    """Register databases for the tests, reused: a copy of the template is made once (CREATE
    DATABASE is the slow part, a copy of the files and of their log), and emptied after each test
    for the next. Emptied as a superuser may (triggers off: the audit's append-only trigger and the
    foreign keys' own), every table but `schema_migrations`, which is put back as the template has it."""

    def __init__(self, cluster: Cluster, template: str) -> None:
        self.cluster = cluster
        self.template = template
        self.free: list[str] = []
        with admin(cluster, template) as conn:
            self.tables = [r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                " AND table_type = 'BASE TABLE' AND table_name != 'schema_migrations'")]
            self.migrations = conn.execute("SELECT version, name, applied_at FROM schema_migrations").fetchall()

    def take(self) -> str:
        return self.free.pop() if self.free else new_database(self.cluster, self.template)

    def give_back(self, name: str) -> None:
        try:
            with admin(self.cluster, name) as conn:
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                             " WHERE datname = current_database() AND pid != pg_backend_pid()")
                with conn.transaction():
                    conn.execute("SET LOCAL session_replication_role = replica")
                    for table in self.tables:
                        conn.execute(f'DELETE FROM "{table}"')
                    conn.execute("DELETE FROM schema_migrations")
                    with conn.cursor() as cursor:
                        cursor.executemany("INSERT INTO schema_migrations (version, name, applied_at)"
                                           " VALUES (%s, %s, %s)", self.migrations)
        except Exception:  # noqa: BLE001 - a database that cannot be emptied is not reused
            with admin(self.cluster) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        self.free.append(name)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _certificates(folder: Path, owner: str | None) -> None:
    """A CA (folder/ca.pem), a server certificate for localhost and 127.0.0.1 signed by it (in the
    data folder, as the server reads them), and another CA that signed nothing (folder/other-ca.pem)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = dt.datetime.now(dt.UTC)

    def certificate(subject: str, key: Any, issuer: str, issuer_key: Any, ca: bool) -> Any:
        builder = (x509.CertificateBuilder().subject_name(name(subject)).issuer_name(name(issuer))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if not ca:
            builder = builder.add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        return builder.sign(issuer_key, hashes.SHA256())

    pem = serialization.Encoding.PEM
    ca_key, other_key, server_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    (folder / "ca.pem").write_bytes(certificate("Test CA", ca_key, "Test CA", ca_key, True).public_bytes(pem))
    (folder / "other-ca.pem").write_bytes(
        certificate("Other CA", other_key, "Other CA", other_key, True).public_bytes(pem))
    data = folder / "data"
    (data / "server.crt").write_bytes(
        certificate("localhost", server_key, "Test CA", ca_key, False).public_bytes(pem))
    key_file = data / "server.key"
    key_file.write_bytes(server_key.private_bytes(pem, serialization.PrivateFormat.TraditionalOpenSSL,
                                                  serialization.NoEncryption()))
    key_file.chmod(0o600)
    if owner:
        entry = pwd.getpwnam(owner)
        for path in (data / "server.crt", key_file):
            os.chown(path, entry.pw_uid, entry.pw_gid)
