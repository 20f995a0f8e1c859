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

# %% jupyter={"source_hidden": true}
# Notebook plumbing, not part of the lesson: warnings printed as plain lines.
# Each warning is printed as one line, every time it happens, without the temporary file name
# Jupyter would show, so that the stored outputs are the same on every run. (JupyterLab shows
# this cell collapsed.)
import warnings

def print_warning(message, category, filename, lineno, file=None, line=None):
    print(f"{category.__name__}: {message}")

warnings.showwarning = print_warning
warnings.simplefilter("always", UserWarning)

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
# `x` itself has no `grad_fn`: no recorded operation produced it. A tensor without a `grad_fn` is
# called a **leaf** of the graph. (We come back to what exactly counts as a leaf below.)

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
#
# The last column of the table, **fd check**, does not come from autograd at all. It is a second
# opinion: the magic moves each listed value a tiny step up and then down (by about a
# millionth), recomputes the output both times in double precision, and divides the change in
# the output by the distance between the two points. This *finite difference* estimates the
# same derivative without using the chain rule. The number printed is how far the estimate and
# autograd's gradient are apart; a tick means they agree as closely as the tensor's precision
# allows (float32 here), a cross would mean one of them is wrong. Every table in these notebooks
# has this column.

# %%
%%autograd
x = tr.tensor(3.0, requires_grad=True)
y = x**2

# %% [markdown]
# `y.backward()` runs the backward pass: it walks the graph from `y` back to the leaves and
# **adds** `dy/dx` into `x.grad`. Before the first backward pass `x.grad` is `None`, so here the
# sum is just `dy/dx = 2x`, which is `6` at `x = 3`.

# %%
y.backward() # needs to be run to compute gradient
x.grad

# %% [markdown]
# "Adds" is meant literally. Compute `y` once more from the same `x` and run a second backward
# pass: the new `6` lands on top of the old one. Notebook 10.03 is about this behaviour.

# %%
y = x**2
y.backward()
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
# The next cell reads `y.grad` after `z.backward()`, and autograd answers with a warning (shown
# here as a plain line of text).

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
# Which tensors are leaves? Exactly those **without a `grad_fn`**. That includes every tensor
# you create yourself, but also a tensor *computed* from inputs none of which requires
# gradients: nothing was recorded, so it has no `grad_fn` either. Later tables list such tensors
# as leaves too: `y1` in 10.04, computed from a detached tensor, and the data `x_data` in
# notebook 12, which does not require gradients. Only the leaves that *require* gradients get
# their `.grad` filled by `backward()`.

# %%
c = tr.tensor(2.0)       # created by us, does not require grad
d = c * 3                # computed, but from nothing that requires grad
print(x.is_leaf, y.is_leaf, c.is_leaf, d.is_leaf)
print(d.grad_fn, d.requires_grad)

# %% [markdown]
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
# The check: autograd's answer against yours, at x = 2.
from autograd_magic.exercises import check_formula

x = tr.tensor(2.0, requires_grad=True)
z = tr.cos(x**3)
z.backward()

x0 = x.detach()
print(check_formula(
    my_dz_dx, [x0], x.grad,
    hint="Multiply the derivative of the outer function (cos, taken at x**3) by the "
         "derivative of the inner one (x**3).",
    mistakes=[
        (-tr.sin(x0**3), "That is the outer derivative alone: multiply by d(x³)/dx = 3x²."),
        (tr.sin(x0**3) * 3 * x0**2, "Check the sign: the derivative of cos is -sin."),
        (-tr.sin(3 * x0**2), "Take -sin at the inner value x³, then multiply by 3x²."),
    ],
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# The outer function is `cos(u)` with `u = x³`: its derivative is `-sin(u)`, and `du/dx = 3x²`.
# So `dz/dx = -sin(x³) · 3x²`, in code `return -tr.sin(x**3) * 3 * x**2`, which is `-11.8723` at
# `x = 2`.
#
# </details>
