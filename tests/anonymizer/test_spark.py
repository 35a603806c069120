"""Spark scale-out (opt-in: needs the `spark` extra and Java; ~20 s to start a session)."""

import os
import sys

import pytest

from tests.conftest import PLANTED


@pytest.fixture(scope="module")
def spark():
    pyspark = pytest.importorskip("pyspark.sql")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        pyspark.SparkSession.builder.master("local[2]").appName("anonymizer-test").getOrCreate()
    )
    yield session
    session.stop()


@pytest.mark.slow
def test_anonymize_dataframe_consistent_across_partitions(spark, planted_bundle):
    from anonymizer.spark import anonymize_dataframe

    rows = [
        (i, f"{PLANTED} mail z{i % 3}@example.org", None if i % 5 == 0 else "x") for i in range(40)
    ]
    df = spark.createDataFrame(rows, "id INT, text STRING, other STRING").repartition(4)
    out = anonymize_dataframe(df, ["text"], model=planted_bundle, key="spark-test-key-0123456789")
    got = sorted(out.collect(), key=lambda r: r.id)
    assert len(got) == 40 and out.schema == df.schema
    assert all(PLANTED not in r.text and "@example.org" not in r.text for r in got)
    assert len({r.text.split()[0] for r in got}) == 1  # one surrogate for one name, all partitions
    assert [r.other for r in got] == [row[2] for row in rows]


@pytest.mark.slow
def test_missing_column_is_named(spark):
    from anonymizer.spark import anonymize_dataframe

    df = spark.createDataFrame([(1, "a")], "id INT, body STRING")
    with pytest.raises(ValueError, match=r"expected columns \['text'\]"):
        anonymize_dataframe(df, ["text"], patterns_only=True)


def test_the_columns_of_a_row_are_anonymized_together(planted_bundle):
    # what each executor runs on a partition (pandas only, no Spark session needed)
    pd = pytest.importorskip("pandas")
    from anonymizer import Anonymizer
    from anonymizer.spark import anonymize_rows

    anon = Anonymizer.load(planted_bundle, key="spark-rows-key-0123456789", operators="surrogate")
    pdf = pd.DataFrame(
        {
            "name": [PLANTED, None, PLANTED],
            "comment": [f"Vielen Dank, {PLANTED} war super", "kein Name", None],
            "n": [1, 2, 3],
        }
    )
    out = anonymize_rows(anon, pdf.copy(), ["name", "comment"])
    assert out["n"].tolist() == [1, 2, 3] and pd.isna(out["name"][1]) and pd.isna(out["comment"][2])
    assert PLANTED not in out["name"][0] and PLANTED not in out["comment"][0]
    # a short name field takes the surrogate locale of its row's German comment
    assert out["comment"][0].split()[2].rstrip(",") == out["name"][0]
    texts = [[PLANTED, f"Vielen Dank, {PLANTED} war super"]]
    assert out["name"][0] == anon._start_records(texts)()[0][0].text
