# %% [markdown]
# # 10.02 Gradients of vectors
#
# In 10.01 every tensor held a single number. Real models work on many numbers at once, so here
# `x` holds 20 points evenly spaced from 0 to 3, and `y = x**2` and `z = sin(y)` are computed
# element by element: `z[i] = sin(x[i]²)`.
#
# The example needs one trick. `backward()` starts from a **single** number: it needs the
# derivative of one output, and `z` has twenty. So we add them up, `z.sum()`, and differentiate
# that scalar. Because `z[i]` depends on `x[i]` alone, the derivative of the sum with respect to
# `x[i]` is just `dz[i]/dx[i]`. All twenty ordinary derivatives come out of one backward pass.

# %%
%load_ext autograd_magic

# %% [markdown]
# `np.linspace` makes float64 numbers; `dtype=tr.float32` converts them to the 32-bit floats
# PyTorch uses by default. As in 10.01, `y.retain_grad()` asks autograd to keep the gradient of the
# intermediate `y`.

# %%
import autograd_magic.torch as tr
import numpy as np

x = tr.tensor(np.linspace(0, 3.0, 20), dtype=tr.float32, requires_grad=True)
y = x**2
y.retain_grad()
z = tr.sin(y)

print("x:", x)
print("y:", y)
print("z:", z)

# Backpropagate using a scalar-valued function of z
z.sum().backward() # some kind of multi-variable differentiation w.r.t each vector column (xi)

print("y.grad:", y.grad)  # ∂(sum sin(y)) / ∂y = cos(y)
print("x.grad:", x.grad)  # ∂(sum sin(x^2)) / ∂x = cos(x^2) * 2x

# %% [markdown]
# Read the two gradients element by element: `y.grad[i]` is `cos(y[i])` and `x.grad[i]` is
# `cos(x[i]²) · 2x[i]`, the scalar chain rule of 10.01 applied to each point. We can confirm that
# with the formula (`detach()` gives the values without tracking; it is explained in 10.04):

# %%
xv = x.detach()
print(tr.allclose(y.grad, tr.cos(xv**2)))
print(tr.allclose(x.grad, tr.cos(xv**2) * 2 * xv))

# %% [markdown]
# ## Why the sum is needed
#
# Calling `backward()` on the vector itself fails. Autograd cannot guess how the twenty outputs
# should be weighted, so it refuses instead of picking for you:

# %%
z = tr.sin(x**2)
try:
    z.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

# %% [markdown]
# Summing is the usual choice because in training the thing you differentiate is a single loss
# number anyway. Notebook 11.03 shows the general form, `backward(gradient=v)`, which lets you
# choose the weights yourself.
#
# ## The graph of the vector example
#
# The graph has the same shape as in 10.01, with one more step for the sum:
#
# ```
# x --> (pow) --> y --> (sin) --> z --> (sum) --> total
# ```
#
# Each arrow now carries twenty numbers. The plots under the graph show `z` and its derivative
# against `x`: the derivative is positive where `sin(x²)` climbs and negative where it falls, and
# it swings faster and faster as `x²` grows.

# %%
%%autograd
x = tr.tensor(np.linspace(0, 3.0, 20), dtype=tr.float32, requires_grad=True)
y = x**2
z = tr.sin(y)
total = z.sum()

# %% [markdown]
# ## Try it
#
# Let `x = [1, 2, 3, 4]` and `loss = (x**3).mean()`, the average of the cubes. What is
# `d loss / d x[i]`? Each `x[i]` appears in exactly one of the four terms, and the mean divides by
# four. Write your answer as a formula in `x` (a tensor with four entries) and run the check.

# %%
def my_grad(x):
    return ...  # replace ... with your formula, e.g. something with x**2

# %%
# The check: autograd's gradient against yours.
from autograd_magic.exercises import check_formula

x = tr.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
loss = (x**3).mean()
loss.backward()

x0 = x.detach()
print(check_formula(
    my_grad, [x0], x.grad,
    hint="The derivative of x³ is 3x², and the mean contributes a factor 1/4.",
    mistakes=[
        (3 * x0**2, "That is the gradient of the sum of the cubes: the mean also divides by 4."),
        ((3 * x0**2 / 4).mean(), "The gradient has one entry per x[i]: do not average it."),
    ],
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# `loss = (x₀³ + x₁³ + x₂³ + x₃³) / 4`, so `d loss / d xᵢ = 3xᵢ² / 4`:
# `return 3 * x**2 / 4`, which gives `tensor([ 0.7500,  3.0000,  6.7500, 12.0000])`.
#
# </details>
