import json

import pytest

from anonymizer.bundle import BUNDLE_FILES, Bundle, BundleError


def test_tiny_bundle_loads(planted_bundle):
    b = Bundle.load(planted_bundle)
    assert b.labels[0] == "O" and b.config.max_length == 32


@pytest.mark.parametrize("missing", BUNDLE_FILES)
def test_missing_file_is_named(planted_bundle, tmp_path, missing):
    import shutil

    copy = tmp_path / "b"
    shutil.copytree(planted_bundle, copy)
    (copy / missing).unlink()
    with pytest.raises(BundleError, match=missing.replace(".", r"\.")):
        Bundle.load(copy)


def test_unknown_schema_version_is_refused(planted_bundle, tmp_path):
    import shutil

    copy = tmp_path / "b"
    shutil.copytree(planted_bundle, copy)
    cfg = json.loads((copy / "config.json").read_text())
    cfg["schema_version"] = 99
    (copy / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(BundleError, match="schema_version 99"):
        Bundle.load(copy)


def test_not_a_folder(tmp_path):
    with pytest.raises(BundleError, match="not a folder"):
        Bundle.load(tmp_path / "nope")


def _with_config(planted_bundle, tmp_path, **changes):
    import shutil

    copy = tmp_path / "b"
    shutil.copytree(planted_bundle, copy)
    cfg = json.loads((copy / "config.json").read_text())
    (copy / "config.json").write_text(json.dumps({**cfg, **changes}))
    return copy


def test_threshold_outside_zero_one_is_refused(planted_bundle, tmp_path):
    with pytest.raises(BundleError, match="threshold must lie strictly between 0 and 1"):
        Bundle.load(_with_config(planted_bundle, tmp_path, threshold=1.5))
