# %% [markdown]
# # 10.04 Disabling gradient tracking
#
# Recording a graph costs time and memory, and sometimes you do not want it at all: when you only
# evaluate a model, when you update the parameters themselves (the update must not become part of
# the next step's graph), or when a value should be treated as a fixed number. PyTorch offers
# three ways to switch tracking off, each with a different reach:
#
# | way | what it affects |
# |---|---|
# | `x.requires_grad_(False)` | one tensor, from now on |
# | `x.detach()` | a new tensor that shares `x`'s memory, cut off from the graph |
# | `with tr.no_grad():` | every operation inside the block |

# %%
import autograd_magic.torch as tr
%load_ext autograd_magic

# %% [markdown]
# ## 1. `requires_grad_(False)`
#
# This flips the flag of an existing tensor in place (the trailing underscore again). Here `x` was
# created without gradients anyway, so the call only makes that explicit: `y` is computed but not
# recorded, and neither prints a `grad_fn` nor `requires_grad=True`. Its real use is to
# *freeze* a parameter of a model, so that training leaves it alone; notebook 12 does exactly
# that.

# %%
# 1. setting requires_grad_(False)
x = tr.tensor(2.0)
x.requires_grad_(False) # fun_ --> inplace changes
y = x**2 # forward pass
print(x,y)

# %% [markdown]
# ## 2. `detach()`
#
# `detach()` returns a **new** tensor object (hence `id(x) == id(z)` is `False`) with no link to
# the graph. Whatever is computed from `z` is not tracked: `y` has a `grad_fn`, `y1` does not,
# although both are `2²`. (`y1` is also a leaf, as in 10.01: nothing recorded made it.)
#
# The comment in the cell, "creates completely new tensor", is only half true, though: the
# *object* is new, the *numbers* are not copied. See the cell after this one.

# %%
# 2. using detach() --> creates completely new tensor
x = tr.tensor(2.0,requires_grad=True)
y = x**2
z = x.detach() 
y1 = z**2
print(id(x)==id(z))
print(x)
print(y)
print(z)
print(y1)

# %% [markdown]
# `z` and `x` share the same memory. Change an entry of the detached tensor and the original
# changes with it, even though `x` requires gradients and `z` does not:

# %%
x = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = x.detach()
z[0] = 5.0
print(z)
print(x)

# %% [markdown]
# That is what makes `detach()` cheap (nothing is copied), and what makes it dangerous if you
# meant to get an independent copy. For a copy, use `.clone()`: it copies the numbers. On its
# own, `clone()` is an ordinary operation that autograd records (note the `CloneBackward0`), so
# the usual idiom for "the same values, independent and untracked" is `x.detach().clone()`:

# %%
c = x.clone()
print(c)
copy = x.detach().clone()
copy[1] = 7.0
print(copy)
print(x)

# %% [markdown]
# Drawn as a graph, the cut made by `detach()` is plain to see. Below, `total` adds a tracked and a detached path:
# `x**2` hangs from `x`, while `y1` enters the graph as a plain number. Autograd has no record of
# where `y1` came from, so no gradient reaches it: as far as autograd knows, changing `x` would
# not change `y1`, and `dtotal/dx` is `2x = 4` rather than `4x = 8`.

# %%
%%autograd
x = tr.tensor(2.0, requires_grad=True)
z = x.detach()
y1 = z**2
total = x**2 + y1

# %% [markdown]
# ## 3. `no_grad()`
#
# Inside a `with tr.no_grad():` block nothing is recorded, whatever the inputs are. `x` still
# requires gradients, yet `y` comes out as a plain tensor. This is the form you will meet most:
# model evaluation and parameter updates are written inside such a block.

# %%
# 3. using no_grad() function
x = tr.tensor(2.0,requires_grad=True)

with tr.no_grad():
    y = x**2

print(x,y)

# %% [markdown]
# Tracking is back on as soon as the block ends:

# %%
y = x**2
print(y)

# %% [markdown]
# ## Try it
#
# Read the cell below without running it, and decide for each of `a`, `b`, `c` and `d`
# whether it requires gradients. Put `True` or `False` in the dictionary, then run the check.

# %%
w = tr.tensor(1.5, requires_grad=True)
a = w * 3
b = a.detach() + 1
with tr.no_grad():
    c = w * a
d = b * w

my_answers = {"a": ..., "b": ..., "c": ..., "d": ...}  # replace each ... with True or False

# %%
# The check: each tensor's own requires_grad flag against your answers.
from autograd_magic.exercises import check_flags

actual = {"a": a.requires_grad, "b": b.requires_grad, "c": c.requires_grad, "d": d.requires_grad}
print(check_flags(
    my_answers, actual,
    hint="An operation is recorded when tracking is on and at least one input requires "
         "gradients.",
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# `a`: `True` (computed from `w`). `b`: `False` (`a.detach()` is cut off and `1` is a constant).
# `c`: `False` (computed inside `no_grad`). `d`: `True` (`w` takes part, tracking is on).
#
# </details>
