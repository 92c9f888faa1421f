"""Shared test fixtures.

``no_network`` makes every socket connection fail, so a test that uses it
proves the code under test never reaches the network (textstat, for one,
tries to download NLTK data on first use).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"


class NetworkBlockedError(RuntimeError):
    """Raised by the patched socket functions inside ``no_network``."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make any attempt to open a network connection raise NetworkBlockedError."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkBlockedError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


@pytest.fixture
def seeds_dir() -> Path:
    """Return the path of the project's shipped ``seeds/`` folder."""
    return SEEDS
