"""The welcome / unlock window: recent registers, open, create, passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage.errors import RegisterLocked, RegisterNotWritable
from compliance_desk.storage.pg import is_server
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.icons import icon


class UnlockWindow(QWidget):
    """Emits `unlocked` with an open register; `create_requested` when the officer wants a new one."""

    unlocked = Signal(object)
    create_requested = Signal()
    demo_requested = Signal()
    help_requested = Signal()

    def __init__(self, settings: Settings, lang: str, actor: str, path: str | None = None,
                 parent: QWidget | None = None, notice: str = "") -> None:
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self.actor = actor
        self.setObjectName("unlock_window")
        self.setWindowTitle(self.tr("Compliance Desk — open a register"))
        self.resize(640, 460)

        title = style.heading(QLabel(self.tr("Compliance Desk")), style.TITLE)
        subtitle = QLabel(self.tr("Encrypted registers of processing, disclosures and KYC checks"))
        subtitle.setStyleSheet(style.MUTED)
        # why the window is here again (an idle lock) and what became of unsaved edits
        self.notice_text = notice
        self.notice = QLabel(notice)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(style.NOTICE_LINE)
        self.notice.setVisible(bool(notice))

        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.currentItemChanged.connect(self._recent_chosen)
        self.recent.itemActivated.connect(lambda _item: self.passphrase.setFocus())
        self._fill_recent()

        open_button = QPushButton(self.tr("Open…"))
        open_button.clicked.connect(self.choose_file)
        self.new_button = new_button = QPushButton(self.tr("New register…"))
        new_button.setObjectName("new_register")
        new_button.clicked.connect(self.create_requested)

        self.path_label = QLabel()
        self.path_label.setObjectName("path")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.register_passphrase = QLineEdit()  # a server's: opens the register key (storage/pg/keys.py)
        self.register_passphrase.setObjectName("register_passphrase")
        self.register_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.register_passphrase.setPlaceholderText(self.tr("Register passphrase"))
        self.register_passphrase.returnPressed.connect(self.unlock)
        self.register_passphrase.hide()
        self.server_hint = QLabel()  # a server's two secrets told apart, and that neither is remembered
        self.server_hint.setObjectName("server_hint")
        self.server_hint.setWordWrap(True)
        self.server_hint.setStyleSheet(style.MUTED)
        self.server_hint.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.read_only_button = QPushButton(self.tr("Open read-only"))
        self.read_only_button.setObjectName("read_only")
        self.read_only_button.clicked.connect(lambda: self.unlock(read_only=True))
        self.read_only_button.hide()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style.ERROR)

        self.connect_button = QPushButton(self.tr("Connect to a server…"))
        self.connect_button.setObjectName("connect_server")
        self.connect_button.clicked.connect(self.connect_server)
        self.connect_dialog: QWidget | None = None
        help_button = QPushButton(self.tr("Help"))
        help_button.clicked.connect(self.help_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(new_button)
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        buttons.addWidget(help_button)

        # First run: nothing to open yet, so say what to do, in two large buttons.
        self.first_run = QWidget()
        self.first_run.setObjectName("first_run")
        first = QVBoxLayout(self.first_run)
        welcome = QLabel(self.tr("Welcome. Create the register of your organisation, or look around the demo "
                                 "register of a fictional jeweller first."))
        welcome.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a register"))
        self.create_button.setObjectName("create_register")
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button = QPushButton(self.tr("Open the demo register"))
        self.demo_button.setObjectName("open_demo")
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.create_button, self.demo_button):
            button.setMinimumHeight(44)
        first.addWidget(welcome)
        first.addWidget(self.create_button)
        first.addWidget(self.demo_button)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.passphrase, 1)
        unlock_row.addWidget(self.register_passphrase, 1)
        unlock_row.addWidget(self.unlock_button)
        unlock_row.addWidget(self.read_only_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.notice)
        layout.addSpacing(12)
        layout.addWidget(self.first_run)
        self.recent_label = QLabel(self.tr("Recent registers"))
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.path_label)
        self.unlock_box = QWidget()
        self.unlock_box.setObjectName("unlock_box")
        self.unlock_box.setLayout(unlock_row)
        unlock_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unlock_box)
        layout.addWidget(self.server_hint)
        layout.addWidget(self.message)
        self.filler = QWidget()  # on the first run (no list of recent registers) the space goes below
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler)
        style.spaced(layout, style.MARGIN * 2)

        self.path: str | None = None
        first_time = not self.settings.get("recent_registers") and not path
        self.first_run.setVisible(first_time)
        self.filler.setVisible(first_time)
        self.new_button.setVisible(not first_time)  # the large "Create a register" says it already
        if first_time:
            self.create_button.setDefault(True)
            self.create_button.setIcon(icon("new"))
            self.demo_button.setIcon(icon("open"))
        self.recent.setVisible(not first_time)
        self.recent_label.setVisible(not first_time)
        # no register chosen yet: no passphrase to ask for
        self.unlock_box.setVisible(False)
        self.path_label.setVisible(False)
        if path:
            self.select_path(path)
        elif self.recent.count():
            self.recent.setCurrentRow(0)
        elif not first_time:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("No register yet: create one, or open an existing file."))
        if self.path:
            self.passphrase.setFocus()
        else:
            self.create_button.setFocus()

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.settings.get("recent_registers"):
            second = server_detail(path) if is_server(path) else path  # a server's address stays in the tooltip
            item = QListWidgetItem((server_title(path) if is_server(path) else Path(path).name) + "\n" + second)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            if not is_server(path) and not Path(path).exists():
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)

    def _recent_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.select_path(item.data(Qt.ItemDataRole.UserRole))

    def select_path(self, path: str) -> None:
        self.path = path
        shown = f"{server_title(path)} ({server_detail(path)})" if is_server(path) else "\u2066" + path + "\u2069"
        self.path_label.setText(self.tr("Register: %1").replace("%1", shown))
        self.path_label.setToolTip(path)  # a server's address in full
        self.path_label.setVisible(True)
        self.unlock_box.setVisible(True)
        self.message.setText("")
        self.message.setStyleSheet(style.ERROR)
        self.read_only_button.hide()
        self.passphrase.clear()
        self.passphrase.setPlaceholderText(self.tr("Database password") if is_server(path) else self.tr("Passphrase"))
        self.register_passphrase.clear()
        self.register_passphrase.setVisible(is_server(path))
        if is_server(path):
            from compliance_desk.ui.shell.connect_dialog import never_remembered

            self.server_hint.setText(self.tr(
                "Database password: your login to the server. Register passphrase: your own, it unlocks the "
                "register's encrypted documents and identifiers (left blank, they read \u201cencrypted \u2014 "
                "no key\u201d).") + " " + never_remembered())
        self.server_hint.setVisible(is_server(path))
        self.passphrase.setFocus()

    def connect_server(self) -> QWidget:
        """The connect dialog, filled in from the chosen server (if one is chosen)."""
        from compliance_desk.ui.shell.connect_dialog import ConnectDialog

        remembered = self.path if self.path and is_server(self.path) else ""
        dialog = ConnectDialog(self.lang, remembered, self)
        dialog.connected.connect(self._connected)
        dialog.open()
        self.connect_dialog = dialog
        return dialog

    def _connected(self, register: Register) -> None:
        self.settings.add_recent(str(register.path))  # the address without the password
        self.unlocked.emit(register)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a register"), "", self.tr("Compliance Desk register (*.cdesk)"))
        if path:
            self.select_path(path)

    def unlock(self, read_only: bool = False) -> None:
        if not self.path:
            self.message.setText(self.tr("Choose a register first."))
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            if is_server(self.path):
                from compliance_desk.ui.shell.connect_dialog import open_server

                register = open_server(self.path, self.passphrase.text(), self.register_passphrase.text())
            else:
                register = Register.open(self.path, self.passphrase.text(), read_only=read_only,
                                         actor=self.actor, record_open=not read_only)
        except (RegisterLocked, RegisterNotWritable) as error:  # in use elsewhere, or a read-only medium
            self.message.setText(error.text(self.lang))
            self.read_only_button.show()
            return
        except KnownError as error:
            if is_server(self.path) and "target" in error.params:  # the server as the officer knows it
                from compliance_desk.ui.shell.connect_dialog import server_named

                self.message.setToolTip(str(error.params["target"]))
                error.params["target"] = server_named(self.path)
            self.message.setText(error.text(self.lang))
            wrong = self.register_passphrase if error.key == "register_key_wrong_passphrase" else self.passphrase
            wrong.selectAll()
            wrong.setFocus()
            return
        finally:
            self.unsetCursor()
        self.settings.add_recent(str(register.path) if is_server(self.path) else str(Path(self.path).resolve()))
        self.passphrase.clear()
        self.register_passphrase.clear()
        self.unlocked.emit(register)


def server_title(url: str) -> str:
    """"registers on db.example.org": a remembered server's line in the list of recent registers."""
    from compliance_desk.ui.shell.connect_dialog import parts_of

    parts = parts_of(url)
    host = "" if parts["host"].startswith("/") or parts["host"] in ("localhost", "127.0.0.1", "::1") else parts["host"]
    if not host:
        return QCoreApplication.translate("UnlockWindow", "%1 on a server on this computer").replace(
            "%1", parts["database"])
    return QCoreApplication.translate("UnlockWindow", "%1 on the server %2").replace(
        "%1", parts["database"]).replace("%2", host)


def server_detail(url: str) -> str:
    """A remembered server's second line: whose login and how the connection is protected, in words
    ("Login amal · TLS, certificate checked"), not the raw postgresql:// address (it is the tooltip)."""
    from compliance_desk.ui.shell.connect_dialog import parts_of

    parts = parts_of(url)
    login = QCoreApplication.translate("UnlockWindow", "Login %1").replace("%1", parts["user"])
    if parts["plain"]:
        how = QCoreApplication.translate("UnlockWindow", "plain connection on this computer")
    else:
        how = QCoreApplication.translate("UnlockWindow", "TLS, certificate checked")
    return f"{login} · {how}"
