"""The connect dialog opens the register key with the officer's register passphrase (storage/pg/keys.py)."""

from __future__ import annotations

from typing import Any

from compliance_desk.domain.entities import DOCUMENT
from compliance_desk.storage import kyc, records
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.connect_dialog import parts_of
from compliance_desk.ui.shell.controller import Controller
from tests.storage.test_pg_sealed import LAYLA_KEY, NUMBER, keyed


def test_the_register_passphrase_in_the_connect_dialog(qtbot, settings, pg_cluster, pg_url) -> None:
    layla = keyed(pg_cluster, pg_url)
    with Register.open(layla, "user secret", register_passphrase=LAYLA_KEY) as register:
        customer = kyc.save_customer(register, None, {"client_ref": "C-1", "full_name_en": "Layla Al-Harbi"})
        document = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport",
                                                      "number": NUMBER})
    controller = Controller(settings, "en")
    controller.start()
    assert controller.unlock is not None
    dialog: Any = controller.unlock.connect_server()
    parts = parts_of(layla)
    dialog.host.setText(parts["host"])
    dialog.database.setText(parts["database"])
    dialog.user.setText("layla")
    dialog.password.setText("user secret")
    dialog.register_passphrase.setText("not hers")
    dialog.connect_button.click()
    assert controller.main is None
    assert dialog.message.text() == "Wrong register passphrase for layla: the register key did not open."
    assert dialog.register_passphrase.hasFocus() or dialog.register_passphrase.selectedText() == "not hers"
    dialog.register_passphrase.setText(LAYLA_KEY)
    dialog.connect_button.click()
    main = controller.main
    assert main is not None and main.register.register_key is not None
    assert records.get(main.register, DOCUMENT, document)["number"] == NUMBER
    assert LAYLA_KEY not in str(settings.get("recent_registers"))
    controller.shutdown()
