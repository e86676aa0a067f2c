"""The enumerations that replace string literals repeated across layers."""

from __future__ import annotations

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import AssetType, SrSubStatus, Workflow


def test_sub_statuses_keep_the_spelling_stored_in_existing_databases() -> None:
    # The values are stored in service_request.sub_status and in case files: renaming one
    # would orphan every SR already saved with it.
    assert {s.value for s in SrSubStatus} == {
        "Wait State Arrears Notice",
        "Gather Additional Info",
        "Initiate Arrears Action",
        "Awaiting LO authorisation",
        "Awaiting update from bailiff",
        "On hold",
        "Completed",
    }
    assert all(s.label == s.value for s in SrSubStatus)


def test_every_sub_status_belongs_to_some_workflow() -> None:
    used = {s for w in Workflow for s in workflows.sub_statuses_for(w)}
    assert used == set(SrSubStatus)
    assert all(isinstance(s, SrSubStatus) for s in used)


def test_only_an_account_has_an_account_type() -> None:
    assert [t for t in AssetType if t.has_account_type] == [AssetType.BANK_ACCOUNT]
