# %% [markdown]
# # 13 Common mistakes
#
# Everything in chapters 10 to 12 works when written the way the notebooks write it. Written a
# little differently, the same ideas fail, sometimes loudly with an error, sometimes quietly with
# a wrong number. This notebook makes the mistakes that students make most often, *on purpose*,
# shows what happens, explains why, and then shows the fix.
#
# A cell that is meant to fail catches its error and prints it (`except ... as error:
# print(...)`), so that the notebook still runs from top to bottom. In your own code you would
# see the same message at the end of a traceback.

# %%
import autograd_magic.torch as tr
import autograd_magic.tf as tf
import numpy as np
import matplotlib.pyplot as plt
import matplotlib_inline
%load_ext autograd_magic

# %% jupyter={"source_hidden": true}
# Notebook plumbing, not part of the lesson: plain-line warnings, plots stable run to run.
# Warnings are printed as one plain line each time; plots come as SVG (no date, fixed internal
# names, so that the stored outputs are the same on every run) and as PNG (shown when
# JupyterLab opens the notebook unrun and does not trust its SVG). (JupyterLab shows this cell
# collapsed.)
import warnings

def print_warning(message, category, filename, lineno, file=None, line=None):
    print(f"{category.__name__}: {message}")

warnings.showwarning = print_warning
warnings.simplefilter("always", UserWarning)
plt.rcParams["svg.hashsalt"] = "13-common-mistakes"
matplotlib_inline.backend_inline.set_matplotlib_formats("svg", "png", metadata={"Date": None})

# %% [markdown]
# ## 1. Updating a parameter in place, outside `no_grad()`
#
# One step of gradient descent on `loss = (w − 1)²` from `w = 2`, written as in notebook 12 but
# without the `with tr.no_grad():` around the update:

# %%
w = tr.tensor(2.0, requires_grad=True)
loss = (w - 1)**2
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as error:
    print("RuntimeError:", error)

# %% [markdown]
# PyTorch refuses. `w -= ...` changes `w` *in place*, and autograd records operations on `w`:
# the update itself would become part of the graph, and the graph's record of what `w` was
# would no longer be true. For a leaf that requires gradients this is forbidden outright.
# ("Variable" in the message is an old name for a tensor.)
#
# **Fix:** an update is not part of the model, so switch recording off for it (10.04):

# %%
w = tr.tensor(2.0, requires_grad=True)
loss = (w - 1)**2
loss.backward()
with tr.no_grad():
    w -= 0.1 * w.grad
print(w)

# %% [markdown]
# ## 2. Rebinding the name: `w = w - lr * w.grad`
#
# The next idea is to avoid the in-place operation and write the update as a new tensor. The
# first step seems to work:

# %%
w = tr.tensor(2.0, requires_grad=True)
loss = (w - 1)**2
loss.backward()
w = w - 0.1 * w.grad
print(w)
print("leaf?", w.is_leaf)

# %% [markdown]
# But `w` now names a *different* tensor: the result of a subtraction, with a `grad_fn`, no
# longer a leaf. The second step's backward pass goes straight through it to the old `w`, and
# the new `w` gets no `.grad` (hence the warning). The update then fails, because its gradient
# is `None`:

# %%
loss = (w - 1)**2
loss.backward()
gradient = w.grad
print(gradient)
try:
    w = w - 0.1 * gradient
except TypeError as error:
    print("TypeError:", error)

# %% [markdown]
# The graph of the second step's loss shows it (`--of loss` picks that loss, not the one the
# cell called `backward()` on). `w` is not where the graph starts: it hangs from `w0`, the
# tensor we created, through the first update. A gradient is computed for `w` on the way, but
# `backward()` stores it only at the leaf `w0`:

# %%
%%autograd --no-plot --of loss
w0 = tr.tensor(2.0, requires_grad=True)
loss = (w0 - 1)**2
loss.backward()
w = w0 - 0.1 * w0.grad
loss = (w - 1)**2

# %% [markdown]
# **Fix:** update the tensor you have, in place, under `no_grad()` (as in mistake 1), or let an
# optimizer do it. Either way `w` stays the same leaf from step to step.
#
# ## 3. Forgetting to clear the gradients
#
# Training `loss = (w − 3)²` from `w = 0` with an optimizer, twice: once with
# `optimizer.zero_grad()` at the start of each step, once without.

# %%
def train(clear_gradients, steps=30):
    """Gradient descent on (w - 3)**2 from w = 0; the loss at every step."""
    w = tr.tensor(0.0, requires_grad=True)
    optimizer = tr.optim.SGD([w], lr=0.1)
    losses = []
    for step in range(steps):
        if clear_gradients:
            optimizer.zero_grad()
        loss = (w - 3)**2
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses

with_clearing = train(clear_gradients=True)
without_clearing = train(clear_gradients=False)
print("with zero_grad():   ", " ".join(f"{v:6.3f}" for v in with_clearing[:10]))
print("without zero_grad():", " ".join(f"{v:6.3f}" for v in without_clearing[:10]))

# %%
fig, ax = plt.subplots(figsize=(6, 3), layout="constrained")
ax.plot(with_clearing, linewidth=2, label="with zero_grad()")
ax.plot(without_clearing, "--", linewidth=2, label="without zero_grad()")
ax.set_xlabel("step")
ax.set_ylabel("loss")
ax.set_title("Training (w - 3)² with and without clearing the gradients")
ax.legend(loc="center left", bbox_to_anchor=(1, 0.5))
plt.show()

# %% [markdown]
# Nothing raised an error, yet the second curve is wrong: it falls at first, then climbs back to
# where it started and keeps swinging up and down without settling. Without clearing, each `backward()` *adds* the new
# gradient to all the old ones (10.03), so the step is taken along the sum of every gradient so
# far. `w` overshoots `3`, and the stale gradients keep pushing it on long after the current
# gradient points back.
#
# **Fix:** `optimizer.zero_grad()` (or `.grad.zero_()` for each parameter) once per step, before
# `backward()`.
#
# ## 4. Calling `backward()` twice on the same graph

# %%
w = tr.tensor(2.0, requires_grad=True)
loss = (w - 1)**2
loss.backward()
try:
    loss.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

# %% [markdown]
# The first backward pass frees the values it saved during the forward pass (here `w − 1`,
# which the derivative of the square needs). The second pass has nothing to work with.
#
# **Fix:** usually the second call is a mistake and should go; in a training loop each step
# computes a new `loss` anyway. If you really want two passes through one graph, keep it with
# `retain_graph=True` on the first one (11.03), and remember that the two results add up in
# `.grad`:

# %%
w = tr.tensor(2.0, requires_grad=True)
loss = (w - 1)**2
loss.backward(retain_graph=True)
loss.backward()
print(w.grad)

# %% [markdown]
# ## 5. Calling `backward()` on a vector
#
# Forgetting to reduce the loss to one number, here a loss per data point:

# %%
w = tr.tensor(1.0, requires_grad=True)
x = tr.tensor([1.0, 2.0, 3.0])
y = tr.tensor([2.0, 4.0, 6.0])
losses = (w * x - y)**2
try:
    losses.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

# %% [markdown]
# `backward()` without arguments starts from "the derivative of the output with respect to
# itself is 1", which only makes sense for a single number (10.02).
#
# **Fix:** reduce first, usually with the mean (or pass weights with `gradient=`, 11.03):

# %%
losses = (w * x - y)**2
losses.mean().backward()
print(w.grad)

# %% [markdown]
# ## 6. TensorFlow: `w = w - lr * g` turns the variable into a constant
#
# The TensorFlow version of mistake 2. The first update works; the second tape then has nothing
# to follow, its gradient is `None`, and the third update fails:

# %%
w = tf.Variable(2.0)
try:
    for step in range(3):
        with tf.GradientTape() as tape:
            loss = (w - 1.0)**2
        gradient = tape.gradient(loss, w)
        print(f"step {step}: is w a Variable? {isinstance(w, tf.Variable)}   gradient {gradient}")
        w = w - 0.1 * gradient
except TypeError as error:
    print("TypeError:", error)

# %% [markdown]
# `w - 0.1 * gradient` is a new, ordinary tensor, and the name `w` now points at it. A tape
# follows variables by itself but not plain tensors (11.01), so from step 1 on nothing is
# recorded. Under `%%autograd`, a tape around such a `w` records no operations at all:

# %%
%%autograd
w = tf.Variable(2.0)
w = w - 0.2
with tf.GradientTape() as tape:
    loss = (w - 1.0)**2
print(tape.gradient(loss, w))

# %% [markdown]
# **Fix:** change the variable itself with `assign_sub` (or let an optimizer do it, as in
# notebook 12). `w` stays a variable and every step gets its gradient:

# %%
w = tf.Variable(2.0)
for step in range(3):
    with tf.GradientTape() as tape:
        loss = (w - 1.0)**2
    gradient = tape.gradient(loss, w)
    w.assign_sub(0.1 * gradient)
    print(f"step {step}: gradient {float(gradient):.4f}   w {w.numpy():.4f}")

# %% [markdown]
# ## 7. Asking a non-persistent tape twice

# %%
x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2
    z = tf.sin(y)
dz_dx = tape.gradient(z, x)
try:
    dz_dy = tape.gradient(z, y)
except RuntimeError as error:
    print("RuntimeError:", error)

# %% [markdown]
# An ordinary tape lets go of its recording after the first `gradient` call (11.01).
#
# **Fix:** ask for everything in one call, `tape.gradient(z, [x, y])`; or, when the calls must be
# separate, make the tape persistent and delete it afterwards:

# %%
with tf.GradientTape(persistent=True) as tape:
    y = x**2
    z = tf.sin(y)
dz_dx = tape.gradient(z, x)
dz_dy = tape.gradient(z, y)
del tape
print(dz_dx)
print(dz_dy)

# %% [markdown]
# ## 8. Keeping `loss` instead of `loss.item()`
#
# Collecting the loss of each step for a plot, but appending the tensor itself:

# %%
w = tr.tensor(0.0, requires_grad=True)
optimizer = tr.optim.SGD([w], lr=0.1)
history = []
for step in range(3):
    optimizer.zero_grad()
    loss = (w - 3)**2
    loss.backward()
    optimizer.step()
    history.append(loss)
print(history)
try:
    np.array(history)
except RuntimeError as error:
    print("RuntimeError:", error)

# %% [markdown]
# Each entry is a tensor with a `grad_fn`: it is still the end of its step's graph and keeps
# that whole graph alive. In a long training run with a real model this list slowly eats the
# memory. And NumPy (and so matplotlib) refuses to convert tensors that require gradients.
#
# **Fix:** `loss.item()` gives the value as a plain Python number, with no graph attached:

# %%
w = tr.tensor(0.0, requires_grad=True)
optimizer = tr.optim.SGD([w], lr=0.1)
history = []
for step in range(3):
    optimizer.zero_grad()
    loss = (w - 3)**2
    loss.backward()
    optimizer.step()
    history.append(loss.item())
print(history)
print(np.array(history))

# %% [markdown]
# ## Try it
#
# The loop below is meant to fit `w` so that `w · x` matches `y` (the answer is `w = 2`), but
# it contains one of the mistakes above. Run it, find the mistake, and correct the loop in
# place; then run the check.

# %%
x = tr.tensor([1.0, 2.0, 3.0])
y = tr.tensor([2.0, 4.0, 6.0])
w = tr.tensor(0.0, requires_grad=True)
optimizer = tr.optim.SGD([w], lr=0.02)
for step in range(100):
    loss = ((w * x - y)**2).mean()
    loss.backward()
    optimizer.step()
print(w)

# %%
# The check: is w close to 2 after the loop?
from autograd_magic.exercises import check_value

print(check_value(
    w, 2.0,
    hint="Look at mistake 3: what must happen at the start of every step?",
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# The loop never clears the gradients (mistake 3). Add `optimizer.zero_grad()` as the first line
# of the loop body; `w` then ends at `2.0000`.
#
# </details>
