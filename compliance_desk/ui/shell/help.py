"""The short help page and the About dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.about import LICENCES, versions


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("How Compliance Desk works"))
        self.resize(620, 520)
        self.browser = QTextBrowser()
        sections = [
            (self.tr("Registers"),
             self.tr("A register is one encrypted file per organisation. It holds the record of processing "
                     "activities and its recipients, the third-party disclosures (court orders, "
                     "law-enforcement and regulator requests), and the KYC checks of customers' documents. "
                     "Every change is written into a tamper-evident audit trail.")),
            (self.tr("The passphrase cannot be recovered"),
             self.tr("The register is encrypted with its passphrase. Nobody, not even the makers of this "
                     "application, can open it without the passphrase, and there is no way to reset it. "
                     "Write it down and keep it somewhere safe, away from the computer.")),
            (self.tr("The action queue"),
             self.tr("The first page lists what is due, the law's deadlines first: authority requests, then "
                     "notifications whose deferral has ended, then customers' documents and re-verifications, "
                     "then the upkeep of the record of processing. Double-click an item to open its record. "
                     "Acknowledge or snooze an item with a reason; the reason is kept in the audit trail, and a "
                     "legal deadline comes back on its due date whatever the snooze says.")),
            (self.tr("Dates"),
             self.tr("Type dates the way you write them: 28/02/2026 (day first), 2026-02-28, 2026/02/28, in "
                     "Arabic-Indic or Latin digits, or with the month's name. A Hijri date marked هـ (or with a "
                     "year such as 1447) is converted with the Umm al-Qura calendar. Under the field you see the "
                     "date that was understood.")),
            (self.tr("Backups and maintenance"),
             self.tr("Everything is in the Register menu. Back up… writes an encrypted copy that opens with the "
                     "same passphrase: keep it on another disk. Restore from a backup… checks the backup entry "
                     "by entry before anything is replaced, and keeps a copy of the register it replaces. "
                     "Verify… checks every page, the audit trail and every record, and names the first broken "
                     "entry. Change passphrase… encrypts the register again; backups made before keep the old "
                     "passphrase.")),
            (self.tr("Reports"),
             self.tr("Reports (Ctrl+P) are written in Arabic or English as PDF or Excel files. Each carries "
                     "its register seal, with its entry number and export time and, on a PDF, a QR code: the "
                     "seal is the audit trail's entry for that export. Register ▸ Check a report… says whether "
                     "a seal or a file came from this register and what changed since; the Reports window "
                     "can re-make a report as the register was at an earlier seal.")),
        ]
        self.browser.setHtml("".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Compliance Desk"))
        self.resize(640, 520)
        self.versions = QLabel("\n".join(f"{name}: {value}" for name, value in versions()))
        self.versions.setObjectName("versions")
        self.licences = QTableWidget(len(LICENCES), 3)
        self.licences.setObjectName("licences")
        self.licences.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Licence"), self.tr("Used for")])
        self.licences.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.licences.verticalHeader().hide()
        for row, values in enumerate(LICENCES):
            for column, value in enumerate(values):
                self.licences.setItem(row, column, QTableWidgetItem(value))
        self.licences.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.versions)
        layout.addWidget(QLabel(self.tr("Bundled software and fonts, and their licences")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
