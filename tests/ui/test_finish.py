"""Fit and finish (issue 16, section 6): window size, plural counts, local times, right-to-left order,
icons, first run."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.unlock import UnlockWindow
from compliance_desk.ui.widgets.format import local_time_text
from compliance_desk.ui.widgets.history_panel import FIELD_ROLE


def test_minimum_width_fits_1024(unlocked_app: Controller, settings) -> None:
    for lang in ("en", "ar"):
        settings.set("language", lang)
        unlocked_app.settings_changed()
        main = unlocked_app.main
        for key in main.pages:
            main.show_page(key)
            assert main.minimumSizeHint().width() <= 1024, (lang, key)
            assert main.minimumSizeHint().height() <= 700, (lang, key)


def test_record_count_uses_plural_forms(unlocked_app: Controller, settings) -> None:
    main = unlocked_app.main
    main.show_page("activities")
    main.activities.set_search("PA-0003")
    main._update_status()
    assert main.count_label.text() == "1 record"
    main.activities.set_search("")
    main._update_status()
    assert main.count_label.text() == "14 records"


def test_history_times_are_local_with_their_zone() -> None:
    assert local_time_text("2026-11-23T03:34:15.000Z", zone=ZoneInfo("Asia/Riyadh")) == \
        "\u20662026-11-23 06:34 UTC+3\u2069"
    assert local_time_text("2026-11-23T23:34:15Z", zone=ZoneInfo("Asia/Kolkata")) == \
        "\u20662026-11-24 05:04 UTC+5:30\u2069"  # the next day, half-hour zones
    assert local_time_text("2026-11-23T03:34:15Z", zone=dt.timezone(dt.timedelta(hours=-5))) == \
        "\u20662026-11-22 22:34 UTC-5\u2069"
    assert local_time_text("2026-11-23T03:34:15Z", zone=dt.UTC).endswith("03:34 UTC\u2069")


def test_history_lists_changed_fields_in_form_order(unlocked_app: Controller) -> None:
    page = unlocked_app.main.activities
    records.update(unlocked_app.register, ACTIVITY, 3, {"systems": "ERP", "name_en": "Payments", "status": "active",
                                                        "department": "Treasury and payments"})
    page.select_id(3)
    page._selection_changed()
    top = page.history.topLevelItem(0)
    assert "UTC" in top.toolTip(0) and page.history.headerItem().text(0) == "When (Riyadh time)"
    labels = [top.child(i).data(0, FIELD_ROLE) for i in range(top.childCount())]
    order = [f.label("en") for f in ACTIVITY.fields]
    assert labels == sorted(labels, key=order.index)  # Name, department, … as on the form
    assert labels.index("Name (English)") < labels.index("Owning department") < labels.index("Systems used")


def test_navigation_and_toolbars_have_icons(unlocked_app: Controller) -> None:
    main = unlocked_app.main
    for row in range(main.navigation.count()):
        assert not main.navigation.item(row).icon().isNull(), main.navigation.item(row).text()
    for action in (main.reports_action, main.lock_action, main.settings_action, main.activities.new_action,
                   main.activities.delete_action, main.disclosures.step_actions["closed"]):
        assert not action.icon().isNull(), action.text()


def test_first_run_has_no_passphrase_field_and_no_red(qtbot, settings) -> None:
    window = UnlockWindow(settings, "en", "tester")
    qtbot.addWidget(window)
    assert window.first_run.isVisibleTo(window)
    assert not window.passphrase.isVisibleTo(window) and not window.unlock_button.isVisibleTo(window)
    assert window.message.text() == "" or "#b00020" not in window.message.styleSheet()
    window.select_path("/tmp/some.cdesk")
    assert window.passphrase.isVisibleTo(window)


def test_policy_gap_references_read_left_to_right() -> None:
    from compliance_desk.ui.policy.policy_page import isolate_references

    text = "يسجل السجل الموقع (PA-0003, PA-0007)؛ ولا تذكر السياسة ذلك."
    assert isolate_references(text) == "يسجل السجل الموقع (\u2066PA-0003, PA-0007\u2069)؛ ولا تذكر السياسة ذلك."


def test_transparency_figures_sit_beside_their_labels(unlocked_app: Controller, settings) -> None:
    for lang in ("en", "ar"):
        settings.set("language", lang)
        unlocked_app.settings_changed()
        main = unlocked_app.main
        main.resize(1600, 1000)
        main.show_page("transparency")
        page = main.transparency
        page.refresh()
        page.layout().activate()
        for key, value in page.summary_labels.items():
            label = page.summary.labelForField(value)
            gap = abs(value.geometry().center().x() - label.geometry().center().x())
            assert gap < 500, (lang, key, gap)  # not at the window's far edge


def test_policy_check_refuses_empty_text_and_keeps_its_work_across_a_lock(unlocked_app: Controller, qtbot) -> None:
    main = unlocked_app.main
    main.show_page("policy")
    page = main.policy
    assert page.run_check() is None and "no policy text" in page.summary.text()
    page.text.setPlainText("We share your identity data with payment gateways and keep it for 5 years.")
    assert page.run_check() is not None
    findings = page.findings.topLevelItemCount()
    unlocked_app.lock()
    unlocked_app.unlock.passphrase.setText("correct horse battery staple")
    unlocked_app.unlock.unlock()
    page = unlocked_app.main.policy
    assert "payment gateways" in page.text.toPlainText()
    assert page.findings.topLevelItemCount() == findings and page.legend.text().startswith("◀ stated in the policy")


def test_policy_check_keeps_its_work_across_a_language_switch(unlocked_app: Controller, settings) -> None:
    page = unlocked_app.main.policy
    page.text.setPlainText("نشارك بيانات الهوية مع بوابات الدفع ونحتفظ بها خمس سنوات.")
    assert page.run_check() is not None
    settings.set("language", "ar")
    unlocked_app.settings_changed()
    page = unlocked_app.main.policy
    assert "بوابات الدفع" in page.text.toPlainText() and page.result is not None
    assert page.legend.text().startswith("▶")  # the policy text is on the right in Arabic
