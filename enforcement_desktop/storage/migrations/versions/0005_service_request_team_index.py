"""an index on the team a service request is assigned to

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 03:00:00.000000

A team leader's work queue ("My team", issue 11) reads the SRs owned by the team's users or
assigned to the team itself. The owner part walks the owner indexes; without an index on
``team`` the other part read the whole table (1.0-1.9 s over a million SRs).
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    # A plain CREATE INDEX: batch mode would copy the table (see 0002).
    op.create_index(
        "ix_service_request_team_status", "service_request", ["team", "status"], unique=False
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_service_request_team_status", table_name="service_request")
