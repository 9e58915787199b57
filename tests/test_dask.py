"""``legalparse.dask`` on a real local cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

import legalparse  # noqa: E402
import legalparse.dask as lpd  # noqa: E402
from dask.distributed import Client, LocalCluster  # noqa: E402

FIXTURES = Path(__file__).parent.parent / "fixtures" / "api"
DOCS = sorted(p for p in FIXTURES.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=":0") as cluster, Client(cluster) as c:
        yield c


def test_parse_bag_gives_results_in_input_order(client) -> None:
    missing = str(FIXTURES / "no-such-opinion.pdf")
    items = [str(p) for p in DOCS] + [missing]
    results = lpd.parse_bag(items, npartitions=3).compute()
    assert [r["source"]["name"] for r in results] == [Path(i).name for i in items]
    assert results[-1]["error"]["type"] == "input_not_found"
    for path, result in zip(DOCS, results):
        expected = legalparse.parse_file(path).to_dict()
        assert result == expected


def test_bytes_and_named_bytes(client) -> None:
    text = (FIXTURES / "cod_2026_adams-v-matrix-providers_courtroom-minutes-msj-granted.txt").read_bytes()
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    results = lpd.parse_bag([text, ("minutes.txt", text), ("scan.pdf", png)]).compute()
    assert results[0]["source"]["name"] is None
    assert results[1]["source"]["name"] == "minutes.txt"
    assert "GRANTED" in results[1]["text"]
    assert results[2]["source"]["name"] == "scan.pdf"
    assert results[2]["error"]["type"] == "not_a_document"


def test_results_are_json_and_flatten_to_fixed_columns(client) -> None:
    bag = lpd.parse_bag([str(p) for p in DOCS], include_text=False)
    rows = bag.map(lpd.flatten).compute()
    assert len(rows) == len(DOCS)
    for row in rows:
        assert list(row) == list(lpd.FLAT_COLUMNS)
        assert row["error_type"] is None
        json.dumps(row)
    by_name = {r["name"]: r for r in rows}
    assert by_name["ny_2013_people-v-flowers_cap-casebody.html"]["format"] == "html"
    assert "text" not in bag.take(1)[0]


def test_on_a_process_cluster() -> None:
    # Workers in their own processes import legalparse themselves.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as cluster, Client(cluster):
        results = lpd.parse_bag([str(p) for p in DOCS[:2]]).compute()
    assert [r["source"]["name"] for r in results] == [p.name for p in DOCS[:2]]
    assert all("error" not in r for r in results)


def test_to_dataframe(client) -> None:
    pytest.importorskip("pandas")
    frame = lpd.to_dataframe(lpd.parse_bag([str(p) for p in DOCS])).compute()
    assert list(frame.columns) == list(lpd.FLAT_COLUMNS)
    assert len(frame) == len(DOCS)
