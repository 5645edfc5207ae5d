"""The main window's pages, each built (and its module imported) the first time it is shown or asked for.

Opening a register paints one page; importing and building the ten others (their dialogs, the breach
rules, the policy engine, sanctions screening) cost more than the window itself (issue 22). A page's
builder here imports its module, builds it and wires it to the window and the register.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6.QtWidgets import QWidget

from compliance_desk.domain.entities import ACTIVITY, RECIPIENT

if TYPE_CHECKING:
    from compliance_desk.ui.shell.main_window import MainWindow

# The navigation's order; the register pages and the entity each shows (drafts are kept by entity).
KEYS = ("queue", "breaches", "activities", "recipients", "disclosures", "transparency", "requests", "kyc",
        "screening", "policy", "notice")
REGISTER_PAGES = {"breaches": "breach", "activities": "activity", "recipients": "recipient",
                  "disclosures": "disclosure", "requests": "request", "kyc": "customer"}

P = TypeVar("P", bound=QWidget)


class Page(Generic[P]):
    """`window.kyc`: the page, built on first use (a descriptor on MainWindow)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name

    @overload
    def __get__(self, window: None, owner: type) -> Page[P]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type) -> P: ...
    def __get__(self, window: MainWindow | None, owner: type) -> Page[P] | P:
        if window is None:
            return self
        return window.page(self.key)  # type: ignore[return-value]


class Pages(Mapping[str, QWidget]):
    """`window.pages`: every page by key, each built when first looked up."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in KEYS:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)


def _register_page(window: MainWindow, page: Any) -> Any:
    page.set_register(window.register)
    page.count_changed.connect(window._update_status)
    page.search_cleared.connect(window.search.clear)
    page.changed.connect(window._update_status)
    page.changed.connect(window._queue_timer.start)  # counts beside the page names follow every write
    return page


def _queue(window: MainWindow) -> QWidget:
    from compliance_desk.ui.queue.queue_page import QueuePage

    page = QueuePage(window.lang, window.settings.display(window.lang))
    page.counted.connect(window._update_counts)
    page.open_item.connect(window.open_item)
    page.marked.connect(window._update_status)
    page.register = window.register  # computed when shown, or just after the window's first paint
    return page


def _breaches(window: MainWindow) -> QWidget:
    from compliance_desk.ui.breaches.breach_page import BreachPage

    page = _register_page(window, BreachPage(window.settings, window.lang))
    page.changed.connect(window.breach_clock.refresh)
    return page  # type: ignore[no-any-return]


def _activities(window: MainWindow) -> QWidget:
    from compliance_desk.ui.widgets.register_page import RegisterPage

    return _register_page(window, RegisterPage(ACTIVITY, window.settings, window.lang))  # type: ignore[no-any-return]


def _recipients(window: MainWindow) -> QWidget:
    from compliance_desk.ui.widgets.register_page import RegisterPage

    return _register_page(window, RegisterPage(RECIPIENT, window.settings, window.lang))  # type: ignore[no-any-return]


def _disclosures(window: MainWindow) -> QWidget:
    from compliance_desk.ui.disclosures.disclosure_page import DisclosurePage

    return _register_page(window, DisclosurePage(window.settings, window.lang))  # type: ignore[no-any-return]


def _transparency(window: MainWindow) -> QWidget:
    from compliance_desk.ui.disclosures.transparency_page import TransparencyPage

    page = TransparencyPage(window.lang, window.settings.display(window.lang))
    page.register = window.register  # (computed when shown)
    return page


def _requests(window: MainWindow) -> QWidget:
    from compliance_desk.ui.requests.request_page import RequestPage

    return _register_page(window, RequestPage(window.settings, window.lang))  # type: ignore[no-any-return]


def _kyc(window: MainWindow) -> QWidget:
    from compliance_desk.ui.kyc.kyc_page import KycPage

    return _register_page(window, KycPage(window.settings, window.lang))  # type: ignore[no-any-return]


def _screening(window: MainWindow) -> QWidget:
    from compliance_desk.ui.screening.screening_page import ScreeningPage

    page = ScreeningPage(window.lang)
    page.register = window.register  # (computed when shown)
    page.lists_requested.connect(window.open_lists)
    page.changed.connect(window._update_status)
    return page


def _policy(window: MainWindow) -> QWidget:
    from compliance_desk.ui.policy.policy_page import PolicyPage

    page = PolicyPage(window.lang)
    page.set_register(window.register)
    page.open_record.connect(window.open_reference)
    return page


def _notice(window: MainWindow) -> QWidget:
    from compliance_desk.ui.notice.notice_page import NoticePage

    page = NoticePage(window.lang)
    page.set_register(window.register)
    page.open_record.connect(window.open_reference)
    return page


BUILDERS: dict[str, Callable[[MainWindow], QWidget]] = {
    "queue": _queue, "breaches": _breaches, "activities": _activities, "recipients": _recipients,
    "disclosures": _disclosures, "transparency": _transparency, "requests": _requests, "kyc": _kyc,
    "screening": _screening, "policy": _policy, "notice": _notice}


def build(window: MainWindow, key: str) -> QWidget:
    return BUILDERS[key](window)
