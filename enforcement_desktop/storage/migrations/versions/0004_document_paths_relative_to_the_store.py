"""documents' paths relative to the document store, not absolute local paths

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 02:40:00.000000

Until now a document's ``path`` was the absolute path it was written to, which on Windows names
the user's login folder (``C:\\Users\\<login>\\Documents\\...``) and is shared with the team
through the database (issue 12 item 12). Packs and letters were always written straight into
the chosen output folder, so the file name alone is the path relative to that folder: the
folder part is dropped, and the document is found again in the user's own document store.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: An absolute path: POSIX (/...), a Windows drive (C:\ or C:/) or a share (\\server\...).
_ABSOLUTE = re.compile(r"^(/|\\|[A-Za-z]:[\\/])")

_document = sa.table("document", sa.column("id", sa.Integer), sa.column("path", sa.String))


def upgrade() -> None:
    """Upgrade: absolute document paths become their file name."""
    connection = op.get_bind()
    rows = connection.execute(sa.select(_document.c.id, _document.c.path)).all()
    for row_id, path in rows:
        if path and _ABSOLUTE.match(path):
            name = re.split(r"[\\/]", path)[-1]
            connection.execute(_document.update().where(_document.c.id == row_id).values(path=name))


def downgrade() -> None:
    """Downgrade: nothing to undo (the folders dropped are not known any more)."""
