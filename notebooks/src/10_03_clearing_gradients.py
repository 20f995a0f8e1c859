# %% [markdown]
# # 10.03 Clearing (accumulated) gradients
#
# `backward()` does not *replace* what is in `.grad`: it **adds** the new gradient to it. Call it
# twice and you get the sum of both passes.
#
# This is on purpose: it lets you collect one gradient from several backward passes, for
# example when a batch of data is too big for memory and is processed in pieces, each piece
# with its own forward and backward pass. (Do not confuse this with a parameter that is used
# several times *within one* computation: one backward pass already adds up the contributions
# of all its uses, as the last section shows.) The price is that *you* must reset `.grad`
# before each new pass when you do not want the old gradients mixed in, for example at every
# step of a training loop.

# %%
import autograd_magic.torch as tr
%load_ext autograd_magic

# %% [markdown]
# A first backward pass. `y = x²`, so `dy/dx = 2x = 4` at `x = 2`:

# %%
x = tr.tensor(2.0, requires_grad=True)
y = x**2 # forward pass

y.backward()

# %%
x.grad

# %% [markdown]
# Compute `y` again and run a second backward pass. The derivative is still `4`, but `x.grad`
# now says `8`: the new `4` was added to the old one. (`y` has to be computed again because a
# backward pass frees the graph it walked: calling `backward()` twice on the same `y` is an
# error.)

# %%
y = x**2

y.backward()
x.grad

# %% [markdown]
# `zero_()` sets the stored gradient back to zero. The trailing underscore is PyTorch's naming
# convention for methods that change a tensor **in place** instead of returning a new one.

# %%
x.grad.zero_() # inplace operation which assigns zero to gradient of x

# %% [markdown]
# With a clean slate, the next backward pass gives the true derivative again:

# %%
y = x**2

y.backward()
x.grad

# %% [markdown]
# ## What `%%autograd` shows
#
# The magic computes its gradients on the side, without touching `.grad`: its table shows the
# derivative of this one computation, `dy/dx = 4`, while `x.grad`, printed by the cell itself,
# keeps accumulating:

# %%
%%autograd
y = x**2
y.backward()
print(x.grad)

# %% [markdown]
# ## Resetting with an optimizer: `zero_grad()`
#
# In a training loop the reset is one line per step. Notebook 12 does it by hand with
# `.grad.zero_()` and then with an optimizer's `zero_grad()`, which resets all the parameters'
# gradients at once. It does not write zeros, though: since PyTorch 2.0 it sets `.grad` back to
# `None`, as if no backward pass had happened (which saves memory). The next `backward()`
# starts from nothing either way, so the result is the same; but code that reads `.grad` right
# after `zero_grad()` gets `None`. `zero_grad(set_to_none=False)` fills in zeros instead.

# %%
x = tr.tensor(2.0, requires_grad=True)
optimizer = tr.optim.SGD([x], lr=0.1)
(x**2).backward()
print(x.grad)
optimizer.zero_grad()
print(x.grad)
(x**2).backward()
optimizer.zero_grad(set_to_none=False)
print(x.grad)

# %% [markdown]
# ## Several uses in one computation: one backward pass adds them up
#
# In `y = w·w + 3w` the parameter `w` is used three times. A single backward pass follows every
# path from `y` back to `w` and adds up what arrives: `dy/dw = 2w + 3 = 7` at `w = 2`. No second
# `backward()` is involved.

# %%
w = tr.tensor(2.0, requires_grad=True)
y = w*w + 3*w
y.backward()
print(w.grad)

# %% [markdown]
# Under `%%autograd`, the graph shows where `w` enters the computation (twice in `w*w`, once in
# `3*w`), and the table's `7` is what the single backward pass collected from all three uses.

# %%
%%autograd --no-plot
w = tr.tensor(2.0, requires_grad=True)
y = w*w + 3*w

# %% [markdown]
# ## Try it
#
# Start from a fresh `x = 3` and run three backward passes of `y = x²` without clearing
# anything in between. Predict `x.grad` before running the check.

# %%
my_prediction = ...  # replace ... with a number

# %%
# The check: three backward passes, no clearing.
from autograd_magic.exercises import check_value

x = tr.tensor(3.0, requires_grad=True)
for _ in range(3):
    y = x**2
    y.backward()

print(check_value(
    my_prediction, x.grad,
    hint="Each pass adds dy/dx = 2x to what is already there.",
    mistakes=[(6, "6 is one pass: the other two are added to it.")],
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# Each pass adds `dy/dx = 2 · 3 = 6`, so after three passes `x.grad` is `18`.
#
# </details>
