import pytest

from partnerlab.testing.workspace import Workspace, make_workspace


@pytest.fixture
def ws(cast) -> Workspace:  # type: ignore[no-untyped-def]
    return make_workspace(cast)
