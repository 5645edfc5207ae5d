"""The connect dialog opens the register key with the officer's register passphrase (storage/pg/keys.py)."""

from __future__ import annotations

from compliance_desk.domain.entities import DOCUMENT
from compliance_desk.storage import kyc, records
from compliance_desk.storage.register import Register
from tests.storage.test_pg_sealed import LAYLA_KEY, NUMBER, keyed
from tests.ui.helpers import connect_dialog, fill_connect, remembered


def test_the_register_passphrase_in_the_connect_dialog(qtbot, settings, pg_cluster, pg_url) -> None:
    layla = keyed(pg_cluster, pg_url)
    with Register.open(layla, "user secret", register_passphrase=LAYLA_KEY) as register:
        customer = kyc.save_customer(register, None, {"client_ref": "C-1", "full_name_en": "Layla Al-Harbi"})
        document = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport",
                                                      "number": NUMBER})
    controller, dialog = connect_dialog(settings)
    fill_connect(dialog, layla, "layla", "user secret", "not hers")
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


def test_the_history_panel_names_the_fields_sealed_at_rest(qtbot, pg_cluster, register, tmp_path) -> None:
    from compliance_desk.storage.pg import transfer
    from compliance_desk.ui.widgets.history_panel import HistoryPanel
    from tests import pg
    from tests.conftest import PASSPHRASE

    customer = kyc.save_customer(register, None, {"client_ref": "C-1", "full_name_en": "Layla Al-Harbi",
                                                  "email": "layla@example.sa", "phone": "+966501234567"})
    path = register.path
    register.close()
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE history_sealed")
    url = pg_cluster.url("history_sealed")
    transfer.import_file(url, pg.SUPERUSER_PASSWORD, path, PASSPHRASE, register_passphrase="owner's key")
    with Register.open(url, pg.SUPERUSER_PASSWORD, register_passphrase="owner's key") as server_register:
        for lang, expected in (("en", "Encrypted at rest: Phone (E.164), E-mail"),
                               ("ar", "شُفِّرت في التخزين: الهاتف، البريد الإلكتروني")):
            from compliance_desk.ui.shell.i18n import apply_language

            apply_language(lang)
            panel = HistoryPanel(lang)
            qtbot.addWidget(panel)
            panel.show_record(server_register, "customer", customer)
            assert panel.topLevelItem(0).text(2) == expected


def test_an_auditor_without_the_key_is_told_in_the_preview(qtbot, pg_cluster, pg_url) -> None:
    from compliance_desk.storage import attachments
    from compliance_desk.ui.widgets.attachments_panel import AttachmentsPanel
    from tests import pg
    from tests.storage.pdf_samples import pdf

    layla = keyed(pg_cluster, pg_url)
    with Register.open(layla, "user secret", register_passphrase=LAYLA_KEY) as register:
        customer = kyc.save_customer(register, None, {"client_ref": "C-1", "full_name_en": "Layla Al-Harbi"})
        document = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport",
                                                      "number": NUMBER})
        attachments.add(register, "document", document, "passport.pdf", pdf())
    auditor = pg.add_user(pg_cluster, pg_url, "khalid", "auditor")
    with Register.open(auditor, "user secret", read_only=True) as register:
        panel = AttachmentsPanel(register, "document", document, "en")
        qtbot.addWidget(panel)
        panel.list.setCurrentRow(0)
        assert panel.show_preview() is False
        assert "register key" in panel.preview.text()


def test_a_remembered_server_opens_with_its_register_passphrase(qtbot, settings, pg_cluster, pg_url) -> None:
    controller, unlock = remembered(settings, keyed(pg_cluster, pg_url))
    assert unlock.register_passphrase.isVisibleTo(unlock)
    unlock.passphrase.setText("user secret")
    unlock.register_passphrase.setText("not hers")
    unlock.unlock()
    assert controller.main is None and "register passphrase" in unlock.message.text()
    unlock.register_passphrase.setText(LAYLA_KEY)
    unlock.unlock()
    assert controller.main is not None and controller.main.register.register_key is not None
    controller.shutdown()
