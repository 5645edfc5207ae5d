"""Transparency figures of third-party disclosures for a period.

Government and legal demands (courts, prosecution, police, the financial intelligence unit,
regulators, tax and other authorities) are counted apart from commercial disclosures (transfers to
partners or in a merger), which are not requests an authority can compel. Shares are of *decided*
requests (complied, partly complied, refused): pending and withdrawn requests have no outcome yet
or none of ours. Response times run from receipt to decision, against each request's due date.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.disclosures import PRODUCED, deadline

DECIDED = ("complied", "partly_complied", "refused")
COMMERCIAL_REQUESTS = frozenset({"partner_transfer", "merger_transfer"})
GOVERNMENT_REQUESTS = frozenset({"court_order", "official_request", "subpoena", "emergency_request",
                                 "regulator_inquiry"})
COMMERCIAL_PARTIES = frozenset({"service_provider", "payment_gateway", "financial_institution",
                                "verification_agency", "business_partner", "acquirer"})


def is_commercial(row: Mapping[str, Any]) -> bool:
    """A transfer to a partner or in a merger, not a demand of an authority."""
    kind = row.get("request_type")
    return kind in COMMERCIAL_REQUESTS or (kind not in GOVERNMENT_REQUESTS
                                           and row.get("requester_type") in COMMERCIAL_PARTIES)


def produced(row: Mapping[str, Any]) -> bool:
    """Some data left the organisation."""
    return row.get("decision") in PRODUCED and bool(row.get("disclosed_date"))


@dataclass
class Authority:
    """One requesting-authority type: its requests' decisions and the accounts they touched."""

    requests: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    accounts_requested: int = 0
    accounts_disclosed: int = 0


@dataclass
class Group:
    """Figures of one kind of request (government demands, or commercial disclosures)."""

    requests: int = 0
    by_requester: Counter[str] = field(default_factory=Counter)
    by_request_type: Counter[str] = field(default_factory=Counter)
    by_decision: Counter[str] = field(default_factory=Counter)
    by_jurisdiction: Counter[str] = field(default_factory=Counter)
    by_notification: Counter[str] = field(default_factory=Counter)
    authorities: dict[str, Authority] = field(default_factory=dict)
    accounts_requested: int = 0
    accounts_disclosed: int = 0
    produced: int = 0
    emergency: int = 0
    emergency_produced: int = 0

    @property
    def decided(self) -> int:
        return sum(self.by_decision[d] for d in DECIDED)

    @property
    def pending(self) -> int:
        return self.by_decision["pending"]

    @property
    def withdrawn(self) -> int:
        return self.by_decision["withdrawn"]

    def share(self, count: int) -> float:
        """`count` as a share (0–1) of decided requests."""
        return count / self.decided if self.decided else 0.0

    @property
    def produced_share(self) -> float:
        return self.share(self.produced)

    def add(self, row: Mapping[str, Any]) -> None:
        requester = row.get("requester_type") or "other_government"
        decision = row.get("decision") or "pending"
        accounts = int(row.get("accounts") or 0)
        self.requests += 1
        self.by_requester[requester] += 1
        self.by_request_type[row.get("request_type") or "official_request"] += 1
        self.by_decision[decision] += 1
        self.by_jurisdiction[row.get("jurisdiction") or "—"] += 1
        self.by_notification[row.get("subject_notification") or "not_notified"] += 1
        authority = self.authorities.setdefault(requester, Authority())
        authority.requests += 1
        authority.decisions[decision] += 1
        authority.accounts_requested += accounts
        self.accounts_requested += accounts
        if produced(row):
            self.produced += 1
            self.accounts_disclosed += accounts
            authority.accounts_disclosed += accounts
        if row.get("emergency"):
            self.emergency += 1
            self.emergency_produced += produced(row)


@dataclass
class ResponseTimes:
    """How fast requests were decided, and which are late now."""

    days: list[int] = field(default_factory=list)  # receipt to decision, decided requests
    on_time: int = 0
    late: int = 0
    overdue_open: int = 0  # still owed an answer, past the due date today

    @property
    def median(self) -> float | None:
        return statistics.median(self.days) if self.days else None

    @property
    def longest(self) -> int | None:
        return max(self.days) if self.days else None


def days_to_decision(row: Mapping[str, Any]) -> int | None:
    if row.get("decision") not in DECIDED or not row.get("decided_on") or not row.get("received_date"):
        return None
    return (dt.date.fromisoformat(str(row["decided_on"])[:10]) - dt.date.fromisoformat(str(row["received_date"])[:10])).days


@dataclass
class Transparency:
    """Figures of a transparency report for one period."""

    government: Group = field(default_factory=Group)
    commercial: Group = field(default_factory=Group)
    response: ResponseTimes = field(default_factory=ResponseTimes)

    @property
    def requests(self) -> int:
        return self.government.requests + self.commercial.requests


def transparency(rows: Iterable[Mapping[str, Any]], today: dt.date | None = None) -> Transparency:
    """The figures of `rows` (requests received in the period); `today` dates the overdue count."""
    figures = Transparency()
    today = today or clock.today()
    for row in rows:
        (figures.commercial if is_commercial(row) else figures.government).add(row)
        days = days_to_decision(row)
        if days is not None:
            figures.response.days.append(days)
            if row.get("due_date") and str(row["decided_on"])[:10] > str(row["due_date"])[:10]:
                figures.response.late += 1
            else:
                figures.response.on_time += 1
        if deadline(row, today).state == "overdue":
            figures.response.overdue_open += 1
    return figures
