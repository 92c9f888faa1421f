"""The no_network fixture really blocks connections (otherwise tests using it prove nothing)."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.conftest import NetworkBlockedError


def test_no_network_blocks_socket_connect(no_network: None) -> None:
    with pytest.raises(NetworkBlockedError):
        socket.create_connection(("127.0.0.1", 9))


def test_no_network_blocks_urllib(no_network: None) -> None:
    with pytest.raises((NetworkBlockedError, OSError)):
        urllib.request.urlopen("http://example.org", timeout=1)
