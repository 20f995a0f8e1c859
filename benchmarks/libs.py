"""The libraries a run can compare, each imported only if present (peers are optional).

``numpy`` is the floor (the workload written by hand, forward and backward), ``autograd_magic``
is this engine through its PyTorch front end; the peers come from the ``bench`` extra
(``pip install -e .[bench]``): HIPS ``autograd``, ``mygrad`` and ``micrograd``, and real PyTorch
when it is installed (never installed by the extra: pick a build that fits the machine).
"""

from __future__ import annotations

import importlib
from types import ModuleType

ALL = ("numpy", "autograd_magic", "torch", "autograd", "mygrad", "micrograd")

_MODULES = {
    "numpy": "numpy",
    "autograd_magic": "autograd_magic.torch",
    "torch": "torch",
    "autograd": "autograd",
    "mygrad": "mygrad",
    "micrograd": "micrograd.engine",
}


def load(names: list[str], log) -> dict[str, ModuleType]:
    """Import the requested libraries; report and skip each one that is not installed."""
    found = {}
    for name in names:
        try:
            found[name] = importlib.import_module(_MODULES[name])
        except ImportError as e:
            log(f"skipping {name}: not installed ({e}); `pip install -e .[bench]` adds the peers")
    if "torch" in found:
        torch = found["torch"]
        torch.set_num_threads(1)
        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:
            pass  # already set by an earlier import in this process
    return found


def version(name: str, module: ModuleType) -> str:
    if name == "micrograd":
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        try:
            return dist_version("micrograd")
        except PackageNotFoundError:
            return "?"
    if name == "autograd_magic":
        import autograd_magic

        return autograd_magic.__version__
    if name == "autograd":
        from importlib.metadata import version as dist_version

        return dist_version("autograd")
    return getattr(module, "__version__", "?")
