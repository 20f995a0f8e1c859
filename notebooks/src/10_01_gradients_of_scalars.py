# %% [markdown]
# # 10.01 Gradients of scalars
#
# **Why automatic differentiation?** Differentiating `sin(x**2)` by hand is a one-liner. A neural
# network, though, is a function nested inside a function nested inside another, many levels
# deep, with millions of parameters. Training it by gradient descent needs the derivative
# of the loss with respect to every one of those parameters, at every step. Working those
# derivatives out on paper and typing them in is hopeless, and every change to the model would
# mean starting over.
#
# *Autograd* solves this: while your code computes values, the library remembers *which
# operations* produced them. Asked for a derivative later, it walks that record backwards and
# applies the chain rule one operation at a time. You write only the forward computation; the
# derivatives come for free.
#
# This chapter uses `autograd_magic.torch`, which behaves and prints like PyTorch: swap the import
# line for `import torch as tr` and the code runs unchanged with real PyTorch, printing the same
# (only the `%%autograd` cells need this project).

# %% [markdown]
# ## Setup
#
# The imports of the whole chapter (the TensorFlow-like front end is used from section 11 on),
# and plots rendered as SVG.

# %%
import autograd_magic.torch as tr
import autograd_magic.tf as tf
import numpy as np

# import plotting libraries
import matplotlib.pyplot as plt
import matplotlib_inline
matplotlib_inline.backend_inline.set_matplotlib_formats('svg')

# %% [markdown]
# `%load_ext autograd_magic` adds the `%%autograd` cell magic. Put `%%autograd` on the first line
# of a cell and the cell runs exactly as before, and afterwards you also see what autograd
# recorded: a table of gradients, the computation graph, and plots of the derivatives.

# %%
%load_ext autograd_magic

# %% [markdown]
# ## Asking for gradients
#
# A tensor only takes part in differentiation if you say so. `requires_grad=True` marks `x` as a
# value we will want derivatives with respect to; it is `False` unless you set it.

# %%
x = tr.tensor(3.0, requires_grad=True) # requires gradient (default - False)

# %% [markdown]
# Every result computed from `x` now carries a `grad_fn`: the backward step that will carry
# gradients back through the operation that made it. The names follow what PyTorch actually
# runs, not what you typed:
#
# - `9/x` is computed as `9 * x⁻¹`, so its step is a multiplication (`MulBackward0`);
# - `8-x` is a subtraction with the tensor on the right: a *reversed* subtraction (`RsubBackward1`).
#
# `x` itself has no `grad_fn`: nobody computed it, you created it. Such a tensor is called a
# **leaf**.

# %%
y = x**2
z = 2*x
k = 9/x
l = 8-x
m = 11+x
print(x)
print(y)
print(z)
print(k)
print(l)
print(m)

# %% [markdown]
# Behind the scenes a **computation graph** has been growing. For `y` it is as small as a graph
# gets:
#
# ```
# x --> (pow) --> y
# ```
#
# `%%autograd` draws that graph for real. The cell below computes `y = x**2` again; the magic then
# shows the gradient `dy/dx` for every value, the graph itself (click a node in the interactive
# view to see its chain-rule step), and `y` and its derivative plotted around `x = 3`.

# %%
%%autograd
x = tr.tensor(3.0, requires_grad=True)
y = x**2

# %% [markdown]
# `y.backward()` runs the backward pass: it walks the graph from `y` back to the leaves and stores
# `dy/dx` in `x.grad`. For `y = x²` that is `2x`, which is `6` at `x = 3`.

# %%
y.backward() # needs to be run to compute gradient
x.grad

# %% [markdown]
# ## A chain of two functions
#
# Now feed `y` into a sine, so that `z = sin(x²)`:

# %%
x = tr.tensor(3.0, requires_grad=True)
y = x**2
z = tr.sin(y)
print(x)
print(y)
print(z)

# %% [markdown]
# The graph has grown by one step:
#
# ```
# x --> (pow) --> y --> (sin) --> z
# ```
#
# During the backward pass every arrow is crossed in reverse, and each operation multiplies the
# gradient arriving from the right by its own local derivative: `dz/dy = cos(y)` at the `sin`
# node, then `dy/dx = 2x` at the `pow` node. That product is the chain rule,
# `dz/dx = cos(x²) · 2x`. Here is the same graph with every intermediate value and gradient
# (`--range=0:4` chooses the stretch of `x` the plot covers):

# %%
%%autograd --range=0:4
x = tr.tensor(3.0, requires_grad=True)
y = x**2
z = tr.sin(y)

# %% [markdown]
# To have something to compare with, here are both derivatives written out by hand:

# %%
def dz_dx(x):
    return 2*x*tr.cos(x**2)

def dz_dy(y):
    return tr.cos(y)

print(dz_dx(x))
print(dz_dy(y))

# %% [markdown]
# ## Leaf and non-leaf tensors
#
# The next cell reads `y.grad` after `z.backward()`, and autograd answers with a warning. Jupyter
# normally shows a warning on a red background together with the name of the temporary file the
# cell was compiled to, a name that changes every time the kernel starts. So that this notebook
# shows the same text on every run, the cell below makes Python print warnings (for the rest of
# the session) as one plain line, and print them every time rather than only the first time:

# %%
import warnings

def print_warning(message, category, filename, lineno, file=None, line=None):
    """Show a warning as one line of text, without the temporary file name."""
    print(f"{category.__name__}: {message}")

warnings.showwarning = print_warning
warnings.simplefilter("always", UserWarning)

# %%
z.backward()
print(y.grad)
print(x.grad)

# %% [markdown]
# `x.grad` holds `-5.4668`, the same number as our hand-written `dz_dx(x)` above. But `y.grad` is
# `None`, and the warning explains why: `y` is **not a leaf**, it was computed from `x`. Autograd
# passes `dz/dy` through `y` on the way to `x` but does not keep it, because in training only the
# leaves (the parameters) need their gradients and keeping every intermediate one would waste
# memory. Reading `.grad` of a non-leaf is usually a mistake, hence the warning.
#
# If you *do* want an intermediate gradient, ask for it before the backward pass with
# `.retain_grad()`:

# %%
x = tr.tensor(3.0, requires_grad=True)
y = x**2
y.retain_grad() # retains gradient
z = tr.sin(y)
print(x)
print(y)
print(z)

# %%
z.backward()

print(y.grad)  # should now print the gradient of z w.r.t y
print(x.grad)  # should print the gradient of z w.r.t x

# %% [markdown]
# Now `y.grad` is `cos(9) = -0.9111`, matching `dz_dy(y)` above, and no warning appears.
#
# One more rule of `backward()`: called without arguments it only works when the output is a
# **scalar** (a single number), because the backward pass has to start from `dz/dz = 1`. Vectors
# are the topic of the next notebook.

# %% [markdown]
# ## Try it
#
# Take `z = cos(x³)` at `x = 2`. Work out `dz/dx` on paper with the chain rule, then type your
# formula into `my_dz_dx` below (use `tr.sin`, `tr.cos` and `**`) and run the check cell.

# %%
def my_dz_dx(x):
    return ...  # replace ... with your formula for dz/dx

# %%
# The check: autograd's answer against yours.
x = tr.tensor(2.0, requires_grad=True)
z = tr.cos(x**3)
z.backward()

mine = my_dz_dx(x.detach())
if mine is ...:
    print("Your turn: write your formula in my_dz_dx above, then run both cells again.")
else:
    assert abs(float(mine) - x.grad.item()) <= 1e-4 * abs(x.grad.item()), (
        f"Not quite: your formula gives {float(mine):.4f} at x = 2, autograd gives "
        f"{x.grad.item():.4f}. Hint: multiply the derivative of the outer function (cos, "
        "taken at x**3) by the derivative of the inner one (x**3)."
    )
    print(f"Well done! {float(mine):.4f} is what autograd computed.")

# %% [markdown]
# <details><summary>Solution</summary>
#
# The outer function is `cos(u)` with `u = x³`: its derivative is `-sin(u)`, and `du/dx = 3x²`.
# So `dz/dx = -sin(x³) · 3x²`, in code `return -tr.sin(x**3) * 3 * x**2`, which is `-11.8723` at
# `x = 2`.
#
# </details>
