"""Core descriptions of the few columns the first screen reads, without the ORM.

The main window must open and search before the ORM and the models load (they cost about a third
of a second), so client search runs on these light ``table()`` clauses. They name only columns
that the models in :mod:`enforcement_desktop.storage.models` define, and
``tests/storage/test_tables.py`` fails if the two ever disagree. Enum columns are read as the
plain strings the models store (the enum's value).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Integer, String, column, table

contact = table(
    "contact",
    column("id", Integer),
    column("scin", String),
    column("role", String),
    column("first_name", String),
    column("last_name", String),
    column("surname_key", String),
    column("name_key", String),
    column("date_of_birth", Date),
    column("nino", String),
    column("pv_marker", Boolean),
    column("sensitive", Boolean),
    column("attention", Integer),
    column("attention_reasons", String),
)

enforcement_case = table(
    "enforcement_case",
    column("id", Integer),
    column("paying_parent_id", Integer),
)

enforcement_order = table(
    "enforcement_order",
    column("id", Integer),
    column("case_id", Integer),
    column("order_type", String),
    column("reference", String),
)

vehicle = table(
    "vehicle",
    column("id", Integer),
    column("contact_id", Integer),
    column("registration", String),
)

address = table(
    "address",
    column("id", Integer),
    column("contact_id", Integer),
    column("address_type", String),
    column("line1", String),
    column("postcode", String),
    column("is_current", Boolean),
)

#: Who may see a sensitive case's address (Special Client Records).
app_user = table(
    "app_user",
    column("id", Integer),
    column("login", String),
    column("roles", String),
    column("active", Boolean),
)

ALL = (contact, enforcement_case, enforcement_order, vehicle, address, app_user)
