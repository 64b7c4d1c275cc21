"""Norwegian identifiers and their check digits (public standards)."""

from __future__ import annotations

from collections.abc import Iterator

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
    """The one KID rule: 2 to 25 digits (`length` of them when given: the client's kidLength), the
    last the check digit of the others under `algorithm` (the client's kidAlgorithm, MOD10 or MOD11)."""
    if not (2 <= len(kid) <= 25 and kid.isdigit()) or (length is not None and len(kid) != length):
        return False
    return kid_check_digit(kid[:-1], algorithm) == int(kid[-1])


def with_check_digit(body: str, algorithm: str) -> str | None:
    """`body` and its check digit, or None where MOD11 gives none."""
    check = kid_check_digit(body, algorithm)
    return None if check is None else body + str(check)


def kid_from_number(document_no: str, algorithm: str, length: int) -> str | None:
    """The KID made of the document number: None when the number is not all digits, does not fit
    in `length` - 1 digits, or (MOD11) has no check digit."""
    if not (document_no.isascii() and document_no.isdigit()) or len(document_no) > length - 1:
        return None
    return with_check_digit(document_no.zfill(length - 1), algorithm)


def kid_from_sequence(number: int, algorithm: str, length: int) -> str | None:
    """The KID made of a sequence number, or None where MOD11 gives no check digit. A number too long
    for the body keeps its last `length` - 1 digits (KIDs then repeat: such a client needs a longer
    kidLength)."""
    return with_check_digit(str(number)[-(length - 1) :].zfill(length - 1), algorithm)


def make_kid(document_no: str, algorithm: str, length: int, sequence: Iterator[int]) -> str:
    """A generated KID of `length` digits (the client's kidLength and kidAlgorithm): the document
    number when it is all digits and fits in `length` - 1 digits, otherwise the next number of the
    client's KID sequence, zero-padded; then the check digit. Where MOD11 gives no check digit the
    next sequence number is taken instead."""
    kid = kid_from_number(document_no, algorithm, length)
    while kid is None:
        kid = kid_from_sequence(next(sequence), algorithm, length)
    return kid
