"""Screenshots of every screen in both languages at two window sizes, for a person to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [--sizes 1024x700,1600x1000]

Builds a demo register in a temporary folder, unlocks it, and saves one PNG per page, dialog and size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"
PAGES = ("queue", "breaches", "activities", "recipients", "disclosures", "transparency", "requests", "kyc", "screening",
         "policy", "notice")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1024x700,1600x1000")
    parser.add_argument("--langs", default="en,ar")
    parser.add_argument("--policy", type=Path, default=None, help="a policy text to check on the policy page")
    args = parser.parse_args()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from compliance_desk.storage import demo
    from compliance_desk.ui.shell.controller import Controller
    from compliance_desk.ui.shell.settings import Settings

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="shots-"))
    template = folder / "template.cdesk"
    demo.build(template, PASSPHRASE)
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for lang in args.langs.split(","):
        settings = Settings(QSettings(str(folder / f"{lang}.ini"), QSettings.Format.IniFormat))
        # first run: no register yet
        first = Controller(settings, lang, None)
        first.start()
        first.unlock.resize(640, 460)
        settle()
        first.unlock.grab().save(str(args.out / f"unlock-first-run-{lang}.png"))
        first.create_register()
        first.new_dialog.resize(620, 700)
        first.new_dialog.form.editors["legal_name_en"].set_value("Nakheel Jewels")
        first.new_dialog.passphrase.setText("password12")
        settle()
        first.new_dialog.grab().save(str(args.out / f"new-register-{lang}.png"))
        first.new_dialog.close()
        first.unlock.close()

        path = folder / f"demo-{lang}.cdesk"
        shutil.copyfile(template, path)
        controller = Controller(settings, lang, str(path))
        controller.start()
        controller.unlock.passphrase.setText(PASSPHRASE)
        controller.unlock.unlock()
        main = controller.main
        if args.policy:
            main.policy.load(args.policy)
            main.policy.run_check()
        for width, height in sizes:
            main.resize(width, height)
            for key in PAGES:
                main.show_page(key)
                page = main.pages[key]
                if hasattr(page, "select_row") and page.model.total:
                    page.select_row(1)
                settle()
                main.grab().save(str(args.out / f"{key}-{lang}-{width}x{height}.png"))
        # dialogs at their own size
        main.show_page("activities")
        dialog = main.activities.new()
        settle()
        dialog.grab().save(str(args.out / f"activity-new-{lang}.png"))
        for index in range(1, dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            settle()
            dialog.grab().save(str(args.out / f"activity-new-tab{index}-{lang}.png"))
        dialog.discard()
        main.show_page("disclosures")
        dialog = main.disclosures.new()
        settle()
        dialog.grab().save(str(args.out / f"disclosure-new-{lang}.png"))
        dialog.tabs.setCurrentIndex(2)
        settle()
        dialog.grab().save(str(args.out / f"disclosure-new-customers-{lang}.png"))
        dialog.discard()
        main.show_page("kyc")
        main.kyc.select_row(0)
        dialog = main.kyc.edit()
        settle()
        dialog.grab().save(str(args.out / f"customer-edit-{lang}.png"))
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
        settle()
        dialog.grab().save(str(args.out / f"customer-documents-{lang}.png"))
        document = dialog.edit_document()
        if document is not None:
            settle()
            document.grab().save(str(args.out / f"document-{lang}.png"))
            document.discard()
        check = dialog.record_check()
        if check is not None:
            settle()
            check.grab().save(str(args.out / f"check-{lang}.png"))
            check.discard()
        dialog.discard()
        reports = main.open_reports()
        if reports is not None:
            settle()
            reports.grab().save(str(args.out / f"reports-{lang}.png"))
            reports.close()
        main.show_page("activities")
        draft = main.activities.new()
        draft.editor("name_en").set_value("Typed before lunch")
        controller.idle.start(1)
        import time

        deadline = time.monotonic() + 5
        while controller.main is not None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if controller.unlock is not None:
            settle()
            controller.unlock.grab().save(str(args.out / f"unlock-after-idle-{lang}.png"))
            controller.unlock.passphrase.setText(PASSPHRASE)
            controller.unlock.unlock()
            restored = controller.main.activities.dialog if controller.main else None
            if restored is not None:
                settle()
                restored.grab().save(str(args.out / f"activity-restored-draft-{lang}.png"))
                restored.discard()
        if controller.register is not None:
            controller.main.clear()
            controller.register.close()
            controller.main.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
