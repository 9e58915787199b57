"""Imported once by the fork server of a batch: load the pipeline so forked workers start warm.

Importing this module parses a short sample text, which loads every table and
citation database the first real parse would otherwise load in each worker.
"""

from __future__ import annotations

from ._batch import warm_up

warm_up()
