"""The public surface is fenced: what ``__all__`` names is what there is, and importing is cheap."""

from __future__ import annotations

import __future__
import importlib
import json
import pkgutil
import subprocess
import sys
import types
import warnings
from pathlib import Path

import pytest

import legalparse

PACKAGE_DIR = Path(legalparse.__file__).parent
# Public submodules (imported on their own, never by ``import legalparse``).
PUBLIC_SUBMODULES = {"dask"}
HEAVY = ("pypdfium2", "pdfplumber", "lxml", "eyecite", "dask", "jsonschema")


def _public_attributes() -> set[str]:
    names = set()
    for name, value in vars(legalparse).items():
        if name.startswith("_"):
            continue
        if isinstance(value, types.ModuleType):
            continue  # submodules show up as attributes once imported
        if isinstance(value, __future__._Feature):
            continue  # ``from __future__ import annotations`` leaves its feature object behind
        names.add(name)
    return names


def test_all_names_exactly_the_public_attributes() -> None:
    exported = set(legalparse.__all__) - {"__version__"}
    assert exported == _public_attributes()


def test_every_name_in_all_exists() -> None:
    missing = [n for n in legalparse.__all__ if not hasattr(legalparse, n)]
    assert missing == []
    assert len(set(legalparse.__all__)) == len(legalparse.__all__), "a name is listed twice"


@pytest.mark.parametrize("name", sorted(set(legalparse.__all__) - {"__version__", "SCHEMA_VERSION"}))
def test_public_names_are_defined_in_private_modules(name: str) -> None:
    obj = getattr(legalparse, name)
    module = getattr(obj, "__module__", "")
    assert module.startswith("legalparse."), module
    # every defining module below the package is underscore-prefixed
    assert all(part.startswith("_") for part in module.split(".")[1:]), module


def test_modules_are_private_unless_meant_public() -> None:
    found = {m.name for m in pkgutil.iter_modules([str(PACKAGE_DIR)])}
    public = {name for name in found if not name.startswith("_")}
    assert public == PUBLIC_SUBMODULES


def test_ships_type_information() -> None:
    assert (PACKAGE_DIR / "py.typed").is_file()


def test_version_strings() -> None:
    assert isinstance(legalparse.__version__, str) and legalparse.__version__[0].isdigit()
    major, minor = legalparse.SCHEMA_VERSION.split(".")
    assert major == "1" and minor.isdigit()


def test_import_pulls_in_nothing_heavy() -> None:
    code = (
        "import sys, json, legalparse; "
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_import_of_the_cli_module_pulls_in_nothing_heavy() -> None:
    # ``legalparse --help`` and argument errors must answer at once.
    code = (
        "import sys, json, legalparse._cli; "
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_schema_is_a_fresh_copy_each_call() -> None:
    first = legalparse.schema()
    first["title"] = "changed"
    assert legalparse.schema()["title"] != "changed"
    assert first["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_importing_public_names_gives_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        module = importlib.reload(legalparse)
        for name in module.__all__:
            getattr(module, name)


def test_errors_share_one_root_and_the_builtins_callers_expect() -> None:
    assert issubclass(legalparse.InputError, ValueError)
    assert issubclass(legalparse.InputNotFoundError, FileNotFoundError)
    assert issubclass(legalparse.ParseTimeoutError, TimeoutError)
    errors = [getattr(legalparse, n) for n in legalparse.__all__ if n.endswith("Error")]
    assert errors and all(issubclass(e, legalparse.LegalparseError) for e in errors)


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError):
        legalparse.no_such_name  # noqa: B018
    with pytest.raises(ImportError):
        exec("from legalparse import no_such_name", {})
