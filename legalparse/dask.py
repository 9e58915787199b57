"""Parse many documents on a Dask cluster (``pip install 'legalparse[dask]'``).

>>> import legalparse.dask                                   # doctest: +SKIP
>>> bag = legalparse.dask.parse_bag(["a.pdf", "b.html"])     # doctest: +SKIP
>>> [r["metadata"]["court_id"] for r in bag.compute()]       # doctest: +SKIP

Each element of the bag is one input's result: the contract object
(``Opinion.to_dict()``, see ``legalparse.schema()``) or, for an input that
failed, ``{"source": {"name": ...}, "error": {"type": ..., "message": ...}}``,
the same error object the command line writes.  Elements keep the input order.

This module imports Dask; ``import legalparse`` never does.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Union

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError("legalparse.dask needs Dask: pip install 'legalparse[dask]'") from exc

from ._errors import LegalparseError
from ._limits import Limits

__all__ = ["FLAT_COLUMNS", "flatten", "parse_bag", "parse_item", "to_dataframe"]

Item = Union[str, "os.PathLike[str]", bytes, tuple[str, bytes]]
"""A path (read where the task runs), the bytes of a document, or ``(name, bytes)``."""

FLAT_COLUMNS: Mapping[str, str] = {
    "name": "object",
    "sha256": "object",
    "format": "object",
    "page_count": "Int64",
    "court": "object",
    "court_id": "object",
    "case_name": "object",
    "date": "object",
    "document_type": "object",
    "docket_numbers": "object",
    "judges": "object",
    "statutes": "int64",
    "dispositions": "int64",
    "holdings": "int64",
    "warnings": "int64",
    "error_type": "object",
    "error_message": "object",
}
"""The columns of :func:`flatten` and :func:`to_dataframe`, with their pandas dtypes."""


def _name_of(item: Item) -> str:
    if isinstance(item, tuple):
        return item[0]
    if isinstance(item, (str, os.PathLike)):
        return os.path.basename(os.fspath(item))
    return "<bytes>"


def parse_item(
    item: Item,
    *,
    password: Optional[str] = None,
    limits: Optional[Limits] = None,
    include_text: bool = True,
) -> dict[str, Any]:
    """Parse one input into its result dict, or its error dict; never raises for a bad input.

    Args:
        item: a path, the document's bytes, or ``(name, bytes)``.
        password: password for encrypted PDFs.
        limits: size limits (:class:`legalparse.Limits`).
        include_text: keep the clean ``text`` (the largest part of a result);
            without it, offsets still refer to the text ``legalparse.parse`` gives.

    Returns:
        The contract object, or ``{"source": {"name": ...}, "error": {"type": ..., "message": ...}}``.
    """
    from ._parse import parse, parse_bytes

    name = _name_of(item)
    try:
        if isinstance(item, tuple):
            opinion = parse_bytes(bytes(item[1]), name=item[0], password=password,
                                  limits=limits or Limits())
        else:
            opinion = parse(item, password=password, limits=limits)
        result = opinion.to_dict()
    except LegalparseError as exc:
        return {"source": {"name": name}, "error": {"type": exc.kind, "message": exc.message}}
    except Exception as exc:  # a defect must not fail the whole computation
        return {"source": {"name": name}, "error": {
            "type": "internal",
            "message": f"internal error ({type(exc).__name__}: {exc}); please report it"}}
    if not include_text:
        result.pop("text", None)
    return result


def parse_bag(
    items: Iterable[Item],
    *,
    npartitions: Optional[int] = None,
    partition_size: Optional[int] = None,
    password: Optional[str] = None,
    limits: Optional[Limits] = None,
    include_text: bool = True,
) -> db.Bag:
    """A Dask bag of the results of parsing ``items``, in input order.

    Args:
        items: paths (read where each task runs, so every worker must see them),
            document bytes, or ``(name, bytes)`` pairs.
        npartitions: number of partitions (Dask's default when neither this nor
            ``partition_size`` is given).
        partition_size: inputs per partition.
        password, limits, include_text: as for :func:`parse_item`.

    Returns:
        A lazy ``dask.bag.Bag`` of result dicts (or error dicts); ``.compute()`` runs it.

    Example::

        from dask.distributed import Client, LocalCluster
        import legalparse.dask

        with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
            bag = legalparse.dask.parse_bag(sorted(glob.glob("opinions/*.pdf")))
            denied = bag.filter(lambda r: "error" not in r).map(lambda r: r["dispositions"]).flatten()
    """
    sequence = [os.fspath(i) if isinstance(i, os.PathLike) else i for i in items]
    kwargs: dict[str, Any] = {}
    if npartitions is not None:
        kwargs["npartitions"] = npartitions
    if partition_size is not None:
        kwargs["partition_size"] = partition_size
    bag: db.Bag = db.from_sequence(sequence, **kwargs)  # type: ignore[no-untyped-call]
    mapped: db.Bag = bag.map(  # type: ignore[no-untyped-call]
        parse_item, password=password, limits=limits, include_text=include_text
    )
    return mapped


def flatten(result: Mapping[str, Any]) -> dict[str, Any]:
    """One flat row of :data:`FLAT_COLUMNS` for a result (or error) dict.

    List fields become counts (``statutes``, ...) or ``"; "``-joined text
    (``docket_numbers``, ``judges``).
    """
    source = result.get("source") or {}
    metadata = result.get("metadata") or {}
    error = result.get("error") or {}
    return {
        "name": source.get("name"),
        "sha256": source.get("sha256"),
        "format": source.get("format"),
        "page_count": source.get("page_count"),
        "court": metadata.get("court"),
        "court_id": metadata.get("court_id"),
        "case_name": metadata.get("case_name"),
        "date": metadata.get("date"),
        "document_type": metadata.get("document_type"),
        "docket_numbers": "; ".join(metadata.get("docket_numbers") or ()),
        "judges": "; ".join(metadata.get("judges") or ()),
        "statutes": len(result.get("statutes") or ()),
        "dispositions": len(result.get("dispositions") or ()),
        "holdings": len(result.get("holdings") or ()),
        "warnings": len(result.get("warnings") or ()),
        "error_type": error.get("type"),
        "error_message": error.get("message"),
    }


def to_dataframe(bag: db.Bag) -> Any:
    """A ``dask.dataframe.DataFrame`` of :data:`FLAT_COLUMNS`, one row per result.

    Needs pandas (``pip install 'dask[dataframe]'``).
    """
    rows: db.Bag = bag.map(flatten)  # type: ignore[no-untyped-call]
    return rows.to_dataframe(meta=dict(FLAT_COLUMNS))  # type: ignore[no-untyped-call]
