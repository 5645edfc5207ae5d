"""Questions the app asks the officer. One module, so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """Yes or no; No is the default. `yes`/`no` name the buttons by what they do ("Delete", "Keep")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("Ask", "Yes"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or QCoreApplication.translate("Ask", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def save_discard_cancel(parent: QWidget, title: str, text: str, can_save: bool = True) -> str:
    """'save', 'discard' or 'cancel'.

    Buttons carry our own words (Qt's Arabic translation of Discard reads "reject"). When the record
    cannot be saved as it stands, there is no Save button and Cancel — going back to fix it — is the
    default, so a reflexive Return loses nothing.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("Ask", "Save"), QMessageBox.ButtonRole.AcceptRole) \
        if can_save else None
    discard = box.addButton(QCoreApplication.translate("Ask", "Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Ask", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save if save is not None else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if save is not None and clicked is save:
        return "save"
    return "discard" if clicked is discard else "cancel"
