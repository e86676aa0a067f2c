"""The light Core tables that search reads before the ORM loads agree with the models."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import Boolean, Date, Integer, String

from enforcement_desktop.storage import tables
from enforcement_desktop.storage.models import Base


def test_every_light_column_exists_in_the_models_with_a_matching_type() -> None:
    for light in tables.ALL:
        model_table = Base.metadata.tables[light.name]
        for col in light.columns:
            assert col.name in model_table.c, f"{light.name}.{col.name} is not in the models"
            model_type = model_table.c[col.name].type
            # Enums are stored as their value, a string; the light tables read that string.
            expected = {Integer: Integer, Date: Date, Boolean: Boolean, String: String}
            assert isinstance(model_type, expected[type(col.type)]), (
                f"{light.name}.{col.name}: light {col.type!r} against model {model_type!r}"
            )


def test_search_and_the_context_load_without_the_orm() -> None:
    # What the main window needs first must not drag in the ORM and the models (start-up time).
    code = (
        "import sys\n"
        "import enforcement_desktop.services.search, enforcement_desktop.services.context\n"
        "import enforcement_desktop.storage.db\n"
        "loaded = [m for m in ('sqlalchemy.orm', 'enforcement_desktop.storage.models')"
        " if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"loaded at import: {out}"
