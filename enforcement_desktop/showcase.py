"""The demo data's showcase clients and default size, without the generator.

Kept apart from :mod:`enforcement_desktop.demo` so that building the command line parser (on every
start, the desktop application's included) does not load the whole demo generator.
"""

from __future__ import annotations

from enforcement_desktop.domain.enums import Workflow

#: The showcase clients (paying parent's SCIN) and the one rule each of them shows.
SHOWCASE: dict[str, str] = {
    "121000000001": "ready for bailiff referral: England, confident address, two CMS liability "
    "orders granted in different years and one CSA liability order, a vehicle, a PV marker",
    "121000000002": "a sanctions order in force and being complied with",
    "121000000003": "an open appeal disputing the arrears",
    "121000000004": "a Nulla Bona returned three months ago",
    "121000000005": "lives in Scotland",
    "121000000006": "correspondence address marked DLO (dead letter office), not confident",
    "121000000007": "a business bank account, and a director (not a sole trader or partner)",
    "121000000008": "three Bailiff SRs In Progress, validated and ready for the bailiff pack; "
    "holds a driving licence",
    "121000000009": "Decide On Enforcement Action with evidence of criminal activity: the "
    "criminal action SR on the receiving parent is open, civil information gathering goes on, "
    "sources logged",
    "121000000010": "Check CSA: a legacy CSA liability order with an order for sale under way "
    "(priority), and the paying parent about to sell the house (urgent: fast track)",
    "121000000011": "an Arrears Review with a Review LO awaiting the team leader's authorisation "
    "(raised by the demo case manager, its checklist answered), after an Action Missed Payment "
    "SR whose negotiation failed and a Disclosure SR the Deduction Order Team did not approve",
    "121000000012": "a sanctions order over two cases whose payments stopped two months ago: "
    "breached, so it no longer blocks; refer it back to court",
}
#: Ordinary cases in the default set, enough to show every workflow in every state: the demo
#: gives the first ones one SR each of every workflow in five states (open, in progress,
#: waiting, waiting overdue, closed).
DEFAULT_ORDINARY_CASES = max(30, 5 * len(Workflow))
#: Cases of the showcase clients: one each, but two for 121000000012 (a sanctions order over
#: two cases).
SHOWCASE_CASES = len(SHOWCASE) + 1
#: Cases in the default set (showcase plus ordinary).
DEFAULT_CASES = SHOWCASE_CASES + DEFAULT_ORDINARY_CASES
DEFAULT_SEED = 2012
