"""Money is integer øre inside the server and a two-decimal number on the wire."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def to_ore(amount: float | int | Decimal) -> int:
    """Wire amount -> øre, exactly (the schema already allows at most two decimals)."""
    return int((Decimal(str(amount)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_wire(ore: int) -> float:
    return ore / 100


def round_ore(value: Decimal) -> int:
    """A computed amount (quantity times price, VAT) rounded half-up to whole øre."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def toward_zero(remaining: int, amount: int) -> int:
    """An AR item's remaining amount (debit positive, credit negative) after settling `amount` øre
    (> 0) of it: it moves towards zero, and the item closes at zero. The domain's one form of the
    rule; the guarded SQL of store/postings.settle applies the same to the stored row."""
    return remaining - amount if remaining > 0 else remaining + amount
