import numpy as np
import pytest

from anonymizer.schema import BIO_TAGS
from anonymizer.softlabels import SoftLabels, SoftLabelWriter, soft_path


def test_roundtrip(tmp_path):
    w = SoftLabelWriter()
    rng = np.random.default_rng(0)
    p1 = rng.dirichlet(np.ones(len(BIO_TAGS)), size=3)
    w.add("a", [(0, 2), (3, 5), (6, 9)], p1)
    w.add("b", [], np.zeros((0, len(BIO_TAGS))))
    path = w.save(soft_path(tmp_path / "train.jsonl"))
    assert path.name == "train.soft.npz"
    soft = SoftLabels.load(path)
    words, probs = soft["a"]
    assert words.tolist() == [[0, 2], [3, 5], [6, 9]]
    np.testing.assert_allclose(probs, p1, atol=1e-3)
    assert soft["b"][0].shape == (0, 2) and "c" not in soft and len(soft) == 2


def test_shape_mismatch_names_record():
    with pytest.raises(ValueError, match="'r9'"):
        SoftLabelWriter().add("r9", [(0, 1)], np.zeros((2, len(BIO_TAGS))))
