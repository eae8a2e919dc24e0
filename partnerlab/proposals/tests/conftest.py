import pytest

from partnerlab.testing.workspace import Workspace, make_designed


@pytest.fixture
def ws(cast) -> Workspace:  # type: ignore[no-untyped-def]
    return make_designed(cast)
