"""Fixtures for source tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsweave.model import InputError, RawDocument
from newsweave.options import Options
from newsweave.sources import read_inputs

Read = Callable[..., list[RawDocument | InputError]]


@pytest.fixture
def read() -> Read:
    """Everything read_inputs yields for `specs`, as a list."""

    def run(specs: list[str], options: Options | None = None) -> list[RawDocument | InputError]:
        return list(read_inputs(specs, options or Options()))

    return run
