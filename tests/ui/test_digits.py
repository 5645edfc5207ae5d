"""One digit setting applies everywhere: with Arabic-Indic digits chosen, no Latin digit is left in
the filters, banners, rules and summaries of the Arabic interface (references and paths aside)."""

from __future__ import annotations

import datetime as dt

from compliance_desk.domain import clock
from compliance_desk.storage import disclosures
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings

LATIN = set("0123456789")


def arabic_everywhere(app: Controller, settings: Settings) -> None:
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    app.settings_changed()


def test_banners_rules_and_summaries_follow_the_digit_setting(unlocked_app: Controller, settings: Settings,
                                                              qtbot) -> None:
    until = clock.today() + dt.timedelta(days=40)
    request = disclosures.create(unlocked_app.register, {
        "received_date": clock.today().isoformat(), "requester_type": "court", "requester_name": "Court",
        "request_type": "court_order", "subject_notification": "deferred",
        "notification_deferred_until": until.isoformat()})
    arabic_everywhere(unlocked_app, settings)
    main = unlocked_app.main
    main.show_page("disclosures")
    page = main.disclosures
    page.model.refresh()
    page.select_id(request)
    assert not page.banner.isHidden() and not LATIN & set(page.banner.text())
    assert page.due_soon.text() == "مستحق خلال ١٤ يوماً"

    main.show_page("policy")
    main.policy.text.setPlainText("نجمع الاسم ورقم الجوال والبريد الإلكتروني لتنفيذ الطلبات، ونحتفظ بها خمس سنوات.")
    assert main.policy.run_check() is not None
    assert main.policy.summary.text() and not LATIN & set(main.policy.summary.text())

    from compliance_desk.ui.shell.new_register import NewRegisterDialog

    dialog = NewRegisterDialog("ar", "tester")
    qtbot.addWidget(dialog)
    dialog.form.editors["legal_name_ar"].set_value("متجر")
    dialog.path.setText("/tmp/nowhere/new.cdesk")
    dialog.passphrase.setText("short")
    assert "١٠" in dialog.message.text() and not LATIN & set(dialog.message.text())
    changing = main.maintenance.change_passphrase()
    changing.current.setText("x")
    changing.new.setText("short")
    assert "١٠" in changing.message.text()
    changing.reject()
