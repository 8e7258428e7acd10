"""Spare every command pydantic's search for plugins, which policygen never uses.

The first validator pydantic builds imports ``pydantic.plugin._loader``, and with it ``importlib.metadata`` (with
zipfile, email and csv), to look for plugins among the entry points of every installed package: some 15-30 ms and
2 MiB, the largest single cost of ``policygen render`` after its libraries' imports. policygen validates answers the
same way whatever else is installed, so it runs without third-party pydantic plugins, which is what pydantic's own
``PYDANTIC_DISABLE_PLUGINS=__all__`` does; that setting still pays for the import, this does not.

When PYDANTIC_DISABLE_PLUGINS names particular plugins, the person wants the others: pydantic's loader is left alone.
"""

from __future__ import annotations

import os
import sys
import types

_LOADER = "pydantic.plugin._loader"


def skip_plugin_search() -> None:
    """Stand in for pydantic's plugin loader, with a loader that finds no plugins (unless plugins are wanted)."""
    if _LOADER in sys.modules or os.environ.get("PYDANTIC_DISABLE_PLUGINS", "__all__") not in ("__all__", "1", "true"):
        return
    loader = types.ModuleType(_LOADER, "No pydantic plugins (policygen.model.no_plugins).")
    loader.get_plugins = lambda: ()  # the one name pydantic's validator factory asks of its loader
    sys.modules[_LOADER] = loader
