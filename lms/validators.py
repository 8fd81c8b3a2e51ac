"""Validation and normalisation of Vietnamese personal identifiers: national ID (CCCD) and phone numbers."""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Province/city codes that open a 12-digit citizen identity number (Decree 137/2015, Circular 07/2016).
PROVINCE_CODES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)
# The 4th digit encodes century and sex: 0/1 = 20th century male/female, 2/3 = 21st, 4/5 = 22nd ...
CENTURY_BY_DIGIT = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}
MOBILE_PREFIXES = ("03", "05", "07", "08", "09")


def normalise_national_id(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value or "")


def validate_national_id(value: str) -> None:
    """A CCCD has 12 digits and opens with a known province code."""
    number = normalise_national_id(value)
    if not re.fullmatch(r"\d{12}", number):
        raise ValidationError(_("A national ID (CCCD) has exactly 12 digits."), code="national_id_format")
    if number[:3] not in PROVINCE_CODES:
        raise ValidationError(
            _("A national ID (CCCD) cannot start with %(code)s: that is not a province code."),
            code="national_id_province",
            params={"code": number[:3]},
        )


def national_id_matches(number: str, *, date_of_birth: date | None, female: bool | None) -> bool:
    """Whether the birth year and sex encoded in a CCCD agree with what we know of the person."""
    number = normalise_national_id(number)
    if not re.fullmatch(r"\d{12}", number):
        return False
    digit = int(number[3])
    if date_of_birth is not None and CENTURY_BY_DIGIT[digit] + int(number[4:6]) != date_of_birth.year:
        return False
    return not (female is not None and (digit % 2 == 1) != female)


def normalise_phone(value: str) -> str:
    """'+84 912.345.678', '84912345678', '0912 345 678' -> '0912345678'. Returns '' when it is not a phone."""
    digits = re.sub(r"[\s.\-()]", "", value or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    elif re.fullmatch(r"[35789]\d{8}", digits):  # Excel dropped the leading zero
        digits = "0" + digits
    return digits if re.fullmatch(r"0\d{9}", digits) else ""


def validate_phone(value: str) -> None:
    phone = normalise_phone(value)
    if not phone:
        raise ValidationError(
            _("A phone number has 10 digits starting with 0 (or +84), e.g. 0912 345 678."), code="phone_format"
        )
    if not phone.startswith(MOBILE_PREFIXES):
        raise ValidationError(_("Give a mobile phone number (starting 03, 05, 07, 08 or 09)."), code="phone_mobile")
