# %% [markdown]
# # 10.03 Clearing (accumulated) gradients
#
# `backward()` does not *replace* what is in `.grad`: it **adds** the new gradient to it. Call it
# twice and you get the sum of both passes. This is on purpose. A parameter used in several
# places, or a batch processed in several pieces, gets its total gradient simply by running
# `backward()` more than once. The price is that *you* must reset `.grad` before each new pass
# when you do not want the old gradients mixed in, for example at every step of a training loop.

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
# In a training loop the reset is one line per step. Notebook 12 does it by hand with
# `.grad.zero_()` and then with an optimizer's `zero_grad()`, which does the same for all
# parameters at once.
#
# ## Try it
#
# Start from a fresh `x = 3` and run three backward passes of `y = x²` without clearing
# anything in between. Predict `x.grad` before running the check.

# %%
my_prediction = ...  # replace ... with a number

# %%
# The check: three backward passes, no clearing.
x = tr.tensor(3.0, requires_grad=True)
for _ in range(3):
    y = x**2
    y.backward()

if my_prediction is ...:
    print("Your turn: put your prediction in my_prediction above, then run both cells again.")
else:
    assert abs(my_prediction - x.grad.item()) < 1e-6, (
        f"Not quite: you predicted {my_prediction}, x.grad is {x.grad.item():g}. Hint: each pass "
        "adds dy/dx = 2x to what is already there."
    )
    print(f"Well done! Three passes of 2x = 6 add up to {x.grad.item():g}.")

# %% [markdown]
# <details><summary>Solution</summary>
#
# Each pass adds `dy/dx = 2 · 3 = 6`, so after three passes `x.grad` is `18`.
#
# </details>
