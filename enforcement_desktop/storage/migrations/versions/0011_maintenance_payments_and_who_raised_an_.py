"""maintenance payments and who raised an SR

Two facts the Arrears - Consider Action procedure (issue 11) needs and the schema lacked:

- ``maintenance_payment``: one row per collection of ongoing maintenance on a case (what was due,
  what was paid, when), from which the 12 weeks of compliance before CMSL6038 are worked out
  (step 5). Existing cases have none.
- ``service_request.raised_by``: the login that raised the SR, so that a Review LO's raiser is
  known wherever the SR goes (a case file carries no audit trail). Filled for existing SRs from
  the first "create" event of each in the audit trail.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 04:46:14.365489

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "maintenance_payment",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount_due", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("amount_paid", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_maintenance_payment_case_id_enforcement_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_payment")),
        sa.UniqueConstraint("case_id", "due_on", name=op.f("uq_maintenance_payment_case_id")),
    )
    with op.batch_alter_table("maintenance_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_maintenance_payment_case_id"), ["case_id"], unique=False
        )

    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("raised_by", sa.String(length=64), nullable=True))

    # Who raised each existing SR: the user of its first "create" event (one statement, so a
    # team database of a million SRs is filled server-side, not row by row).
    op.execute(
        """
        UPDATE service_request SET raised_by = (
            SELECT audit_event."user" FROM audit_event
            WHERE audit_event.entity = 'service_request'
              AND audit_event.entity_id = service_request.id
              AND audit_event.action = 'create'
            ORDER BY audit_event.id LIMIT 1
        )
        """
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.drop_column("raised_by")

    with op.batch_alter_table("maintenance_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maintenance_payment_case_id"))

    op.drop_table("maintenance_payment")
