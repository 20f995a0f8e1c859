"""Which names a cell rebound: by identity, never fooled by a reused id()."""

from __future__ import annotations

import pytest

from autograd_magic.magic.bindings import Bindings


class Obj:
    """A plain object that takes weak references, like a tensor."""


def test_a_new_object_at_the_old_address_counts_as_rebound():
    ns = {"w": Obj()}
    old_id = id(ns["w"])
    before = Bindings(ns.items())
    for _ in range(1000):
        ns["w"] = None  # the old object is freed: its address may be given to the next one
        ns["w"] = Obj()
        if id(ns["w"]) == old_id:
            break
    else:
        pytest.skip("the allocator never gave the old address back")
    assert before.rebound("w", ns["w"])


def test_unchanged_new_and_plain_values():
    kept, number = Obj(), 10**20
    before = Bindings([("kept", kept), ("number", number)])
    assert not before.rebound("kept", kept)
    assert not before.rebound("number", number)  # held strongly: no weak reference to an int
    assert before.rebound("number", 10**20 + 1)
    assert before.rebound("fresh", Obj())


def test_the_snapshot_does_not_keep_objects_alive():
    import weakref

    obj = Obj()
    ref = weakref.ref(obj)
    before = Bindings([("obj", obj)])
    del obj
    assert ref() is None  # as without the magic: the cell's `del` frees it
    assert before.rebound("obj", Obj())
