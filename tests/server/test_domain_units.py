"""Pure domain rules, called directly: check digits, code table entries, ADB intervals, base64."""

from __future__ import annotations

from datetime import date

import pytest

from armrest_server.domain import adb, codes, files, identifiers


def test_a_mod11_remainder_of_zero_gives_the_check_digit_0() -> None:
    # 9 x 2 + 1 x 4 = 22 = 2 x 11: 11 - 0 is 11, which the rule writes as 0.
    assert identifiers.mod11("91", (2, 4)) == 0


def test_a_kid_of_another_length_than_the_clients_kid_length_is_not_valid() -> None:
    kid = identifiers.with_check_digit("1234", "MOD10")
    assert kid is not None
    assert (identifiers.valid_kid(kid, "MOD10"), identifiers.valid_kid(kid, "MOD10", length=6)) == (
        True,
        False,
    )


def test_a_code_valid_until_a_date_says_so_on_the_wire() -> None:
    code = codes.Code("X", codes.Text("Utgått", "Expired"), valid_to=date(2026, 1, 31))
    assert (code.wire("en"), code.valid_on(date(2026, 2, 1))) == (
        {"code": "X", "text": "Expired", "validTo": "2026-01-31"},
        False,
    )


@pytest.mark.parametrize(
    ("age", "index"), [(0, None), (1, 0), (20, 0), (21, 1), (60, 1), (61, 2), (10**6, 2)]
)
def test_an_age_falls_in_one_interval_and_the_last_is_open_ended(age: int, index: int | None) -> None:
    assert adb.bucket_of(age, adb.intervals([20, 40])) == index


@pytest.mark.parametrize("content", ["not base64!", "QUJD\n", "QUI", "QUJ="])
def test_content_that_is_not_exactly_standard_padded_base64_is_refused(content: str) -> None:
    assert files.decode(content) is None
