"""Holdings: sentences in which the court decides, with a calibrated confidence."""

from __future__ import annotations

from .._document import Document
from .._statutes import StatuteCitation
from ._holding import Holding


def find_holdings(document: Document, statutes: tuple[StatuteCitation, ...] = ()) -> tuple[Holding, ...]:
    """Holding sentences of the lead opinion of ``document``, best first is not implied: document order."""
    return ()


__all__ = ["Holding", "find_holdings"]
