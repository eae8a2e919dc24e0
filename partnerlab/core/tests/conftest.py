"""Fixtures of the core tests."""

from partnerlab.core.tests.backup_support import (  # noqa: F401 (fixtures)
    migrated_scratch,
    migrated_scratch_file,
    scratch,
)
