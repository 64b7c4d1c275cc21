"""Norwegian identifiers and their check digits (public standards)."""

from __future__ import annotations

ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
ACCOUNT_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
SSN_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
SSN_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    """The MOD11 check digit of `digits`, or None where the rule gives no digit (remainder 1)."""
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def mod11_cycling(digits: str) -> int | None:
    """MOD11 with weights 2..7 repeating from the right (KID, as banks compute it)."""
    weights = tuple((i % 6) + 2 for i in range(len(digits)))[::-1]
    return mod11(digits, weights)


def luhn(digits: str) -> int:
    """The MOD10 (Luhn) check digit of `digits`."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def _valid(number: str, length: int, weights: tuple[int, ...]) -> bool:
    return len(number) == length and number.isdigit() and mod11(number[:-1], weights) == int(number[-1])


def valid_organization_no(number: str) -> bool:
    return _valid(number, 9, ORG_WEIGHTS)


def valid_bank_account_no(number: str) -> bool:
    return _valid(number, 11, ACCOUNT_WEIGHTS)


def valid_ssn(number: str) -> bool:
    """Birth number: two MOD11 check digits over the first nine and ten digits."""
    return (
        len(number) == 11
        and number.isdigit()
        and mod11(number[:9], SSN_WEIGHTS_1) == int(number[9])
        and mod11(number[:10], SSN_WEIGHTS_2) == int(number[10])
    )


def kid_check_digit(body: str, algorithm: str) -> int | None:
    return luhn(body) if algorithm == "MOD10" else mod11_cycling(body)


def valid_kid(kid: str, algorithm: str, length: int | None = None) -> bool:
    if not (2 <= len(kid) <= 25 and kid.isdigit()) or (length is not None and len(kid) != length):
        return False
    return kid_check_digit(kid[:-1], algorithm) == int(kid[-1])


def make_kid(sequence: int, algorithm: str, length: int) -> str:
    """A KID of `length` digits: a variant digit, the document's own sequence number zero-padded, and
    the check digit. MOD11 gives no check digit for some bodies; changing the variant digit changes
    the remainder, so one of the first two variants always has one. The sequence keeps KIDs unique
    for as long as it fits in the length."""
    body_length = length - 1
    for variant in range(10):
        body = f"{variant}{sequence:0{max(body_length - 1, 0)}d}"[-body_length:]
        check = kid_check_digit(body, algorithm)
        if check is not None:
            return body + str(check)
    raise AssertionError("unreachable: a variant digit always yields a MOD11 check digit")
