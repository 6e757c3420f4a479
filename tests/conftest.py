"""Shared fixtures: the bundled evidence is loaded once per test session (it is read-only)."""

from __future__ import annotations

import pytest

from factcheck.evidence import EvidenceStore


@pytest.fixture(scope="session")
def store() -> EvidenceStore:
    return EvidenceStore.load()
