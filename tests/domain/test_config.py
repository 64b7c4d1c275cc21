"""A client's configuration: its stored values over the defaults."""

from __future__ import annotations

from datetime import UTC, datetime

from armrest_server.domain.config import KEYS, Config, Value


def test_a_stored_value_overrides_the_default_and_says_when_it_changed() -> None:
    changed = datetime(2026, 3, 1, tzinfo=UTC)
    configured = Config({"kidLength": (7, changed)})
    assert (configured.value("kidLength"), configured.value("dueDays")) == (7, 14)
    values = configured.values()
    assert [v.key for v in values] == list(KEYS)
    assert values[list(KEYS).index("kidLength")] == Value("kidLength", 7, changed)
    assert Config().values()[0] == Value("dueDays", 14, None)
