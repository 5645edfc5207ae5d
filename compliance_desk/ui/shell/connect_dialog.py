"""Connect to a server: a team's register on PostgreSQL (storage/pg/), opened with the officer's own
database login. The address is remembered among the recent registers, never the password."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage.pg import is_server
from compliance_desk.storage.pg.errors import WriteRefused
from compliance_desk.storage.pg.keys import RegisterKeyRefused
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.format import ltr
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

LOCAL = ("localhost", "127.0.0.1", "::1")


def server_url(host: str, port: str, database: str, user: str, ca_file: str = "", plain: bool = False) -> str:
    """The register's address from the dialog's fields; a full postgresql:// address is taken as it is.
    A folder (a Unix socket on this computer) or a plain connection to this computer asks for no TLS;
    anything else is verified against the organisation's CA (`sslmode=verify-full`)."""
    host, port, database, user = host.strip(), port.strip(), database.strip(), user.strip()
    if is_server(host):
        return host
    query: dict[str, str] = {}
    where = ""
    if host.startswith("/"):
        query["host"] = host
    else:
        where = f"[{host}]" if ":" in host else host
        if plain and host in LOCAL:
            query["sslmode"] = "disable"
        else:
            query["sslmode"] = "verify-full"
            if ca_file.strip():
                query["sslrootcert"] = ca_file.strip()
    if port:
        if where:
            where += f":{port}"
        else:
            query["port"] = port
    login = f"{quote(user, safe='')}@" if user else ""
    text = f"postgresql://{login}{where}/{quote(database, safe='')}"
    return text + ("?" + urlencode(query, safe="/") if query else "")


def parts_of(url: str) -> dict[str, str]:
    """The dialog's fields from a remembered address (the inverse of `server_url`, as far as it goes)."""
    split = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(split.query).items()}
    host = query.get("host") or split.hostname or ""
    return {"host": host, "port": str(split.port or query.get("port") or ""),
            "database": unquote(split.path.lstrip("/")), "user": unquote(split.username or ""),
            "ca": query.get("sslrootcert", ""), "plain": "1" if query.get("sslmode") == "disable" else ""}


class ConnectDialog(QDialog):
    """Emits `connected` with the open register."""

    connected = Signal(object)

    def __init__(self, lang: str, remembered: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("connect_dialog")
        self.setWindowTitle(self.tr("Connect to a server"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QLabel(self.tr("A register shared by a compliance team is kept on a PostgreSQL server. Sign in "
                               "with your own database login: your changes are recorded under it."))
        intro.setWordWrap(True)
        intro.setStyleSheet(style.MUTED)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("server name, or a postgresql:// address"))
        self.port = QLineEdit()
        self.port.setObjectName("port")
        self.port.setPlaceholderText("5432")
        self.port.setMaximumWidth(90)
        self.database = QLineEdit()
        self.database.setObjectName("database")
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.register_passphrase = QLineEdit()  # opens the register key (storage/pg/keys.py)
        self.register_passphrase.setObjectName("register_passphrase")
        self.register_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.register_passphrase.setPlaceholderText(self.tr("your own, not the database password"))
        self.passphrase_hint = QLabel(self.tr("Your own passphrase: it unlocks the register's encrypted documents "
                                              "and identifiers (each person has their own). Left blank, those "
                                              "fields read \u201cencrypted \u2014 no key\u201d."))
        self.passphrase_hint.setObjectName("passphrase_hint")
        self.passphrase_hint.setWordWrap(True)
        self.passphrase_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.passphrase_hint.setStyleSheet(style.MUTED)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("ca_file")
        self.ca_file.setPlaceholderText(self.tr("the organisation's CA certificate (.pem)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.plain = QCheckBox(self.tr("Plain connection, no TLS (only to a server on this computer)"))
        self.plain.setObjectName("plain")
        for line in (self.host, self.port, self.database, self.user, self.ca_file):
            line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses and names read left to right
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(QLabel(self.tr("Port")))
        host_row.addWidget(self.port)

        form = QFormLayout()
        form.addRow(self.tr("Server"), host_row)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        self.password_label = QLabel(self.tr("Database password"))
        form.addRow(self.password_label, self.password)
        self.passphrase_label = QLabel(self.tr("Register passphrase"))
        form.addRow(self.passphrase_label, self.register_passphrase)
        form.addRow("", self.passphrase_hint)
        form.addRow(self.tr("Trusted certificate"), ca_row)
        form.addRow("", self.plain)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.note = note = QLabel(never_remembered())
        note.setObjectName("note")
        note.setWordWrap(True)
        note.setStyleSheet(style.MUTED)
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connect")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.connect_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        style.spaced(layout, style.MARGIN * 2)
        self.resize(640, 440)  # room for the wrapped hint under the register passphrase
        if remembered:
            parts = parts_of(remembered)
            self.host.setText(parts["host"])
            self.port.setText(parts["port"])
            self.database.setText(parts["database"])
            self.user.setText(parts["user"])
            self.ca_file.setText(parts["ca"])
            self.plain.setChecked(bool(parts["plain"]))
            self.password.setFocus()
        else:
            self.host.setFocus()

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The organisation's CA certificate"), "",
                                              self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def url(self) -> str:
        return server_url(self.host.text(), self.port.text(), self.database.text(), self.user.text(),
                          self.ca_file.text(), self.plain.isChecked())

    def target_text(self) -> str:
        return server_named(self.url())

    def connect_server(self) -> None:
        if not self.host.text().strip() or not (is_server(self.host.text().strip()) or self.database.text().strip()):
            self.message.setText(self.tr("Give the server and the database."))
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            register = open_server(self.url(), self.password.text(), self.register_passphrase.text())
        except RegisterKeyRefused as error:
            self.message.setText(error.text(self.lang))
            self.register_passphrase.selectAll()
            self.register_passphrase.setFocus()
            return
        except KnownError as error:
            if "target" in error.params:  # named as the officer typed it, not as a raw postgresql:// address
                self.message.setToolTip(str(error.params["target"]))
                error.params["target"] = self.target_text()
            self.message.setText(error.text(self.lang))
            self.password.selectAll()
            self.password.setFocus()
            return
        finally:
            self.unsetCursor()
        self.password.clear()
        self.register_passphrase.clear()
        self.accept()
        self.connected.emit(register)


def never_remembered() -> str:
    """The footnote on the secrets, the same wherever it appears (connect dialog, unlock window)."""
    return QCoreApplication.translate(
        "ConnectDialog", "The address is remembered among the recent registers; the database password and the "
        "register passphrase are never remembered.")


def server_named(url: str) -> str:
    """The server named in a sentence: "db.example.sa (database compliance, user amal)"; a server on
    this computer (a socket directory) is "on this computer". Names read left to right in Arabic."""
    parts = parts_of(url)
    host = parts["host"]
    where = QCoreApplication.translate("ConnectDialog", "on this computer") if not host or host.startswith("/") \
        else ltr(host)
    return QCoreApplication.translate("ConnectDialog", "%1 (database %2, user %3)").replace("%1", where).replace(
        "%2", ltr(parts["database"] or "—")).replace("%3", ltr(parts["user"] or "—"))


def open_server(url: str, password: str, register_passphrase: str = "") -> Register:
    """The register at `url` for writing; read-only for a login that may only read (an auditor).
    `register_passphrase` opens the person's wrap of the register key (blank: opened without it)."""
    try:
        return Register.open(url, password, record_open=True, register_passphrase=register_passphrase)
    except WriteRefused:
        return Register.open(url, password, read_only=True, register_passphrase=register_passphrase)
