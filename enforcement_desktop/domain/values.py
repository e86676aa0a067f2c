"""Value types and field validators: money, SCIN, National Insurance number, postcode, dates.

Each ``check_*`` function returns ``None`` when the value is good, or a sentence saying what is
wrong, so a service can gather every bad field before raising one ValidationError.

Identifiers (SCIN, NI number, postcode, registration) are ASCII only: Python's ``\\d`` and
``str.isdigit`` also accept Arabic-Indic or full-width digits, which would let a look-alike SCIN
past the duplicate check. Text refuses invisible and unprintable characters (bidi overrides, zero
width joiners, controls, surrogates, noncharacters), which would otherwise be printed on forms.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

PENNY = Decimal("0.01")
ZERO = Decimal("0.00")
#: Amounts from this up are refused (the columns hold 12 digits, two of them pence).
MONEY_LIMIT = Decimal("10000000000")
#: The earliest date any field takes, and the latest a date that may lie ahead takes: dates
#: outside these are typing mistakes, and near date.max the date arithmetic of the rules fails.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2099, 12, 31)

#: Default SCIN pattern: 121 then nine digits (configurable through ``config.Settings``).
DEFAULT_SCIN_PATTERN = r"121[0-9]{9}"

# HMRC rules: two prefix letters (D, F, I, Q, U, V never; O not second; some pairs never
# issued), six digits, suffix A-D. QQ is HMRC's own example prefix: never issued to anyone, so
# it is accepted for the generated demo data, which must not resemble a real person's number.
_NINO_RE = re.compile(
    r"^(QQ|(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[0-9]{6}[A-D]$"
)
# UK postcode (Royal Mail format, including GIR 0AA).
_POSTCODE_RE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]"
    r"|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$"
)
_VEHICLE_REG_RE = re.compile(r"^[A-Z0-9 ]{2,8}$")
# Spaces people type or paste inside an identifier: ASCII white space and the no-break spaces.
_SPACES_RE = re.compile(r"[ \t\r\n\u00a0\u202f]+")

# Pounds and pence as people write them: 1234.56, 1,234.56, £1,234.56 (ASCII digits only).
_MONEY_RE = re.compile(r"(-?)£?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?", re.ASCII)
MONEY_FORMS = "write it as 1234.56, 1,234.56 or £1,234.56"

# General categories of characters refused in text: controls, format characters (bidi
# overrides, zero width joiners, BOM), surrogates, private use, unassigned and noncharacters.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_MULTI_LINE_CONTROLS = frozenset("\t\n\r")
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def invisible_character(text: str, *, allow: frozenset[str] = frozenset()) -> str | None:
    """The first character of ``text`` that cannot be shown or printed, or None.

    Args:
        text: The text to look through.
        allow: Characters accepted all the same (e.g. tab and newline in a note).
    """
    for ch in text:
        if ch not in allow and unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            return ch
    return None


def describe_character(ch: str) -> str:
    """A character as a user can look it up: "U+202E RIGHT-TO-LEFT OVERRIDE"."""
    name = unicodedata.name(ch, None)
    if name is None:
        name = {
            "Cc": "control character",
            "Cs": "lone surrogate",
            "Co": "private use character",
        }.get(unicodedata.category(ch), "")
        # U+FDD0-U+FDEF and the last two code points of every plane are noncharacters.
        noncharacter = 0xFDD0 <= ord(ch) <= 0xFDEF or ord(ch) & 0xFFFE == 0xFFFE
        name = name or ("noncharacter" if noncharacter else "unassigned character")
    return f"U+{ord(ch):04X} {name}"


def strip_invisible(text: str) -> str:
    """``text`` without the characters :func:`invisible_character` finds (for search input)."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE_CATEGORIES)


def _shown(value: str) -> str | None:
    """The value quoted back in a message, or None when it is too long or holds odd characters."""
    if len(value) <= 24 and value.isprintable() and invisible_character(value) is None:
        return f"'{value}'"
    return None


def parse_money(value: object) -> Decimal:
    """Parse pounds and pence from text or a number; raises ValueError with a readable message.

    Text is accepted as 1234.56, 1,234.56 or £1,234.56 (thousands commas in groups of three, a
    leading minus; whether a negative amount is allowed is for :func:`check_money`), ASCII
    digits only: "1e3", "12,50" (a decimal comma), "NaN" or "١٢" are refused rather than read as
    something the user did not mean. Negative zero is read as zero.
    """
    if isinstance(value, bool) or value is None:
        raise ValueError("enter an amount in pounds and pence")
    if isinstance(value, float):
        raise ValueError("money must not be a float")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)  # no text conversion, so no limit on the digits
    elif isinstance(value, str):
        amount = _parse_money_text(value)
    else:
        raise ValueError("enter an amount in pounds and pence")
    if not amount.is_finite():
        raise ValueError("enter an amount in pounds and pence")
    return amount + 0 if amount.is_zero() else amount  # -0 → 0


def _parse_money_text(value: str) -> Decimal:
    text = value.strip()
    if not text:
        raise ValueError("enter an amount in pounds and pence")
    match = _MONEY_RE.fullmatch(text)
    if match is None:
        shown = _shown(text)
        what = f"{shown} is not" if shown else "This is not"
        raise ValueError(f"{what} an amount in pounds and pence: {MONEY_FORMS}")
    sign, pounds, pence = match.groups()
    if pence is not None and len(pence) > 2:
        raise ValueError("at most two decimal places (pounds and pence)")
    if len(pounds) > 40:
        raise ValueError("amount is too large")
    try:
        return Decimal(f"{sign}{pounds.replace(',', '')}.{pence or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits only plain decimals
        raise ValueError(f"This is not an amount in pounds and pence: {MONEY_FORMS}") from None


def check_money(value: object, *, allow_negative: bool = False) -> str | None:
    """Money is zero or more, with at most two decimal places."""
    try:
        amount = parse_money(value)
    except ValueError as exc:
        message = str(exc)
        return message[:1].upper() + message[1:]
    if amount < 0 and not allow_negative:
        return "Must be £0.00 or more"
    if abs(amount) >= MONEY_LIMIT:
        return "Amount is too large"
    if amount != amount.quantize(PENNY):
        return "At most two decimal places (pounds and pence)"
    return None


def money(value: object) -> Decimal:
    """Parse and round to pence (for values already validated)."""
    return parse_money(value).quantize(PENNY, rounding=ROUND_HALF_UP)


def joined_name(first: str | None, last: str | None) -> str:
    """A contact's name as shown: the parts present, one space between them ("Tesco" for an
    organisation kept whole in the last name, never " Tesco")."""
    return " ".join(p for p in (first, last) if p)


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
    return _SPACES_RE.sub("", value or "")


def check_scin(value: str | None, pattern: str = DEFAULT_SCIN_PATTERN) -> str | None:
    scin = normalise_scin(value or "")
    if not scin:
        return "SCIN is required"
    if not re.fullmatch(r"[0-9]{12}", scin):
        return "SCIN must be exactly 12 digits (0 to 9)"
    if not re.fullmatch(pattern, scin, re.ASCII):
        return f"SCIN does not match the expected pattern ({pattern})"
    return None


def normalise_nino(value: str) -> str:
    return _SPACES_RE.sub("", value or "").upper()


def check_nino(value: str | None) -> str | None:
    """National Insurance number, e.g. QQ 12 34 56 C. Empty is allowed (not always known)."""
    if not value or not value.strip():
        return None
    # ASCII before upper-casing: "ſ".upper() is "S", and look-alikes must not become letters.
    if not value.isascii() or not _NINO_RE.match(normalise_nino(value)):
        return (
            "Not a valid National Insurance number (two letters, six digits, A-D, e.g. QQ123456C)"
        )
    return None


def normalise_postcode(value: str) -> str:
    compact = _SPACES_RE.sub("", value or "").upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def check_postcode(value: str | None, *, required: bool = True) -> str | None:
    if not value or not value.strip():
        return "Postcode is required" if required else None
    if not value.isascii() or not _POSTCODE_RE.match(normalise_postcode(value)):
        return "Not a valid UK postcode (e.g. SW1A 1AA)"
    return None


def normalise_registration(value: str) -> str:
    return _SPACES_RE.sub("", value or "").upper()


def check_registration(value: str | None) -> str | None:
    if not value or not value.strip():
        return "Registration is required (enter Not Known if unknown)"
    if value.strip().lower() == "not known":
        return None
    if not value.isascii() or not _VEHICLE_REG_RE.match(value.strip().upper()):
        return "Registration is 2 to 8 letters and digits"
    return None


def check_past_date(value: date | None, today: date, *, required: bool = False) -> str | None:
    """A date of something that has happened cannot be in the future, nor before 1900."""
    if value is None:
        return "Date is required" if required else None
    if value > today:
        return f"Cannot be in the future (today is {format_date(today)})"
    if value < EARLIEST_DATE:
        return "Date is before 1900"
    return None


def check_date_range(value: date | None, *, required: bool = False) -> str | None:
    """A date that may lie ahead (a wait, a due date) is still between 1900 and 2099."""
    if value is None:
        return "Date is required" if required else None
    if value < EARLIEST_DATE:
        return "Date is before 1900"
    if value > LATEST_DATE:
        return f"Date is after {format_date(LATEST_DATE)}"
    return None


def too_long(length: int, limit: int) -> str:
    """How far text is over its limit, in the words the form and the save refusal both use."""
    return f"{length:,} characters; the limit is {limit:,}"


#: The longest phone number kept (a UK number is 11 digits; room for spaces and a leading +44).
PHONE_LENGTH = 30
PHONE_EXAMPLE = "e.g. 020 7946 0000 or 07700 900123"

#: Ofcom's ranges for drama and training (never issued, so the phonenumbers library calls them
#: invalid), as national numbers: demo data and examples use them.
_DRAMA_RANGES = ((7700900000, 7700900999), (1632960000, 1632960999))


def _uk_number(value: str) -> Any:
    """The number as phonenumbers reads it (a UK number unless it says otherwise), or None."""
    # Imported here: start-up reads this module, and the library loads its metadata on import.
    import phonenumbers

    try:
        return phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        return None


def _is_drama(number: Any) -> bool:
    national = number.national_number or 0
    return number.country_code == 44 and any(lo <= national <= hi for lo, hi in _DRAMA_RANGES)


def check_uk_phone(value: str | None, *, label: str = "Phone") -> str | None:
    """A UK telephone number (landline, mobile, 03, 08), as the phonenumbers library knows them.

    Ofcom's drama ranges (07700 900xxx, 01632 960xxx) count as UK numbers. None when it is one
    or there is none, else what is wrong with an example.
    """
    import phonenumbers

    if value is None or not value.strip():
        return None
    problem = check_text(value, max_length=PHONE_LENGTH, label=label, single_line=True)
    if problem:
        return problem
    number = _uk_number(value)
    if number is None:
        return f"{label} is not a telephone number ({PHONE_EXAMPLE})"
    if _is_drama(number) and len(str(number.national_number)) == 10:
        return None
    if number.country_code != 44 or not phonenumbers.is_valid_number(number):
        return f"{label} is not a valid UK telephone number ({PHONE_EXAMPLE})"
    return None


def normalise_uk_phone(value: str | None) -> str | None:
    """A UK number as written in the UK (``020 7946 0000``, ``07700 900123``); None for none.

    The national format rather than E.164: case managers read, dial and quote these numbers,
    and letters print them, the way the UK writes them; every number kept is a UK one, so the
    country code adds nothing. Text that is not a valid number is returned stripped (the
    validator refuses it before it is stored).
    """
    import phonenumbers

    if value is None or not value.strip():
        return None
    number = _uk_number(value)
    if number is None or (not _is_drama(number) and not phonenumbers.is_valid_number(number)):
        return value.strip()
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def check_text(
    value: str | None,
    *,
    required: bool = False,
    max_length: int = 255,
    label: str = "This field",
    single_line: bool = False,
) -> str | None:
    """Required and length checks; invisible and unprintable characters are refused.

    Tab and line breaks are accepted unless ``single_line`` (names, codes, one line of an
    address); a refused character is named in the message so the user can find it.
    """
    if value is None or not value.strip():
        return f"{label} is required" if required else None
    if len(value) > max_length:
        return f"{label} is too long: {too_long(len(value), max_length)}"
    if single_line and any(ch in _LINE_BREAKS for ch in value):
        return f"{label} must be on one line"
    ch = invisible_character(value, allow=frozenset() if single_line else _MULTI_LINE_CONTROLS)
    if ch is not None:
        kind = (
            "an invisible character"
            if unicodedata.category(ch) in ("Cc", "Cf")
            else "a character that cannot be shown"
        )
        return f"{label} contains {kind} ({describe_character(ch)}); retype it"
    return None
