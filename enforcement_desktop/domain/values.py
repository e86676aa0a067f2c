"""Value types and field validators: money, SCIN, National Insurance number, postcode, dates.

Each ``check_*`` function returns ``None`` when the value is good, or a sentence saying what is
wrong, so a service can gather every bad field before raising one ValidationError.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

PENNY = Decimal("0.01")
ZERO = Decimal("0.00")

#: Default SCIN pattern: 121 then nine digits (configurable through ``config.Settings``).
DEFAULT_SCIN_PATTERN = r"121\d{9}"

# HMRC rules: two prefix letters (D, F, I, Q, U, V never; O not second; some pairs never
# issued), six digits, suffix A-D. QQ is HMRC's own example prefix: never issued to anyone, so
# it is accepted for the generated demo data, which must not resemble a real person's number.
_NINO_RE = re.compile(
    r"^(QQ|(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$"
)
# UK postcode (Royal Mail format, including GIR 0AA).
_POSTCODE_RE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]"
    r"|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$"
)
_VEHICLE_REG_RE = re.compile(r"^[A-Z0-9 ]{2,8}$")


def parse_money(value: object) -> Decimal:
    """Parse pounds and pence from text or a number; raises ValueError with a readable message."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, float):
        raise ValueError("money must not be a float")
    else:
        text = str(value).strip().replace(",", "").replace("£", "")
        if not text:
            raise ValueError("enter an amount in pounds and pence")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"'{value}' is not an amount in pounds and pence") from None
    if not amount.is_finite():
        raise ValueError("enter an amount in pounds and pence")
    return amount


def check_money(value: object, *, allow_negative: bool = False) -> str | None:
    """Money is zero or more, with at most two decimal places."""
    try:
        amount = parse_money(value)
    except ValueError as exc:
        return str(exc).capitalize()
    if amount < 0 and not allow_negative:
        return "Must be £0.00 or more"
    if amount != amount.quantize(PENNY):
        return "At most two decimal places (pounds and pence)"
    if abs(amount) >= Decimal("10000000000"):
        return "Amount is too large"
    return None


def money(value: object) -> Decimal:
    """Parse and round to pence (for values already validated)."""
    return parse_money(value).quantize(PENNY, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal | None) -> str:
    """UK format: £1,234.56."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}£{abs(amount).quantize(PENNY):,.2f}"


def format_date(value: date | None) -> str:
    """UK format: 23/11/2026."""
    return value.strftime("%d/%m/%Y") if value else ""


def normalise_scin(value: str) -> str:
    return re.sub(r"\s+", "", value or "")


def check_scin(value: str | None, pattern: str = DEFAULT_SCIN_PATTERN) -> str | None:
    scin = normalise_scin(value or "")
    if not scin:
        return "SCIN is required"
    if not re.fullmatch(r"\d{12}", scin):
        return "SCIN must be exactly 12 digits"
    if not re.fullmatch(pattern, scin):
        return f"SCIN does not match the expected pattern ({pattern})"
    return None


def normalise_nino(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def check_nino(value: str | None) -> str | None:
    """National Insurance number, e.g. QQ 12 34 56 C. Empty is allowed (not always known)."""
    if not value or not value.strip():
        return None
    if not _NINO_RE.match(normalise_nino(value)):
        return (
            "Not a valid National Insurance number (two letters, six digits, A-D, e.g. QQ123456C)"
        )
    return None


def normalise_postcode(value: str) -> str:
    compact = re.sub(r"\s+", "", value or "").upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def check_postcode(value: str | None, *, required: bool = True) -> str | None:
    if not value or not value.strip():
        return "Postcode is required" if required else None
    if not _POSTCODE_RE.match(normalise_postcode(value)):
        return "Not a valid UK postcode (e.g. SW1A 1AA)"
    return None


def normalise_registration(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def check_registration(value: str | None) -> str | None:
    if not value or not value.strip():
        return "Registration is required (enter Not Known if unknown)"
    if value.strip().lower() == "not known":
        return None
    if not _VEHICLE_REG_RE.match(value.strip().upper()):
        return "Registration is 2 to 8 letters and digits"
    return None


def check_past_date(value: date | None, today: date, *, required: bool = False) -> str | None:
    """A date of something that has happened cannot be in the future."""
    if value is None:
        return "Date is required" if required else None
    if value > today:
        return f"Cannot be in the future (today is {format_date(today)})"
    if value.year < 1900:
        return "Date is before 1900"
    return None


def check_text(
    value: str | None, *, required: bool = False, max_length: int = 255, label: str = "This field"
) -> str | None:
    """Required and length checks; control characters other than tab and newline are refused."""
    if value is None or not value.strip():
        return f"{label} is required" if required else None
    if len(value) > max_length:
        return f"{label} is too long ({len(value)} characters; at most {max_length})"
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value) or "\x7f" in value:
        return f"{label} contains control characters"
    return None
