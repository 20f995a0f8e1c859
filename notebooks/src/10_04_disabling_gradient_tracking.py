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
# | `x.detach()` | a new tensor with the same values, cut off from the graph |
# | `with tr.no_grad():` | every operation inside the block |

# %%
import autograd_magic.torch as tr
%load_ext autograd_magic

# %% [markdown]
# ## 1. `requires_grad_(False)`
#
# This flips the flag of an existing tensor in place (the trailing underscore again). Here `x` was
# created without gradients anyway, so the call only makes that explicit: `y` is computed but not
# recorded, and neither prints a `grad_fn` nor `requires_grad=True`.

# %%
# 1. setting requires_grad_(False)
x = tr.tensor(2.0)
x.requires_grad_(False) # fun_ --> inplace changes
y = x**2 # forward pass
print(x,y)

# %% [markdown]
# ## 2. `detach()`
#
# `detach()` returns a **new** tensor object (hence `id(x) == id(z)` is `False`) that holds the
# same values as `x` but has no link to the graph. Whatever is computed from `z` is not tracked:
# `y` has a `grad_fn`, `y1` does not, although both are `2²`.

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
# Drawn as a graph, the cut is plain to see. Below, `total` adds a tracked and a detached path:
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
actual = {"a": a.requires_grad, "b": b.requires_grad, "c": c.requires_grad, "d": d.requires_grad}
if ... in my_answers.values():
    print("Your turn: replace every ... in my_answers with True or False, then run both cells.")
else:
    wrong = [name for name in actual if my_answers[name] != actual[name]]
    assert not wrong, (
        f"Not quite: look again at {', '.join(wrong)}. Hint: an operation is recorded when "
        "tracking is on and at least one input requires gradients."
    )
    print("Well done! All four are right.")

# %% [markdown]
# <details><summary>Solution</summary>
#
# `a`: `True` (computed from `w`). `b`: `False` (`a.detach()` is cut off and `1` is a constant).
# `c`: `False` (computed inside `no_grad`). `d`: `True` (`w` takes part, tracking is on).
#
# </details>
