# %% [markdown]
# # 12 Gradient descent
#
# Chapter 10 began with the reason automatic differentiation exists: training a model by
# **gradient descent** needs the derivative of the loss with respect to every parameter, over and
# over. This notebook closes the loop and trains a (very) small model, first with the PyTorch-like
# front end, then with the TensorFlow-like one.
#
# Gradient descent repeats three steps:
#
# 1. **forward**: compute the loss, a single number that says how wrong the model is;
# 2. **backward**: compute the gradient of the loss with respect to each parameter `p`;
# 3. **update**: move each parameter a small step *against* its gradient,
#    `p ← p − learning_rate · dloss/dp`, which is downhill for the loss.
#
# Step 2 is what autograd does for us.

# %%
import autograd_magic.torch as tr
import autograd_magic.tf as tf
import numpy as np
import matplotlib.pyplot as plt
import matplotlib_inline
%load_ext autograd_magic

# %% jupyter={"source_hidden": true}
# Notebook plumbing, not part of the lesson: plots that are the same on every run, as SVG and
# as PNG (the PNG shows when JupyterLab opens the notebook unrun and does not trust its SVG).
# No creation date and fixed internal names in the SVG, so that the stored outputs come out
# byte for byte the same. (JupyterLab shows this cell collapsed.)
plt.rcParams["svg.hashsalt"] = "12-gradient-descent"
matplotlib_inline.backend_inline.set_matplotlib_formats("svg", "png", metadata={"Date": None})

# %% [markdown]
# ## The data and the model
#
# Twenty measurements `y` at points `x` between -1 and 1. They follow the line `2.5x − 0.8`, with
# a small wiggle on top playing the part of measurement noise. (The wiggle is a fixed sine rather
# than random numbers, so every run of this notebook gives exactly the same results.)
#
# The model is a straight line with two parameters, `prediction = w·x + b`, and the loss is the
# **mean squared error**, the average of `(prediction − y)²` over the twenty points.

# %%
x_values = np.linspace(-1, 1, 20, dtype=np.float32)
y_values = (2.5 * x_values - 0.8 + 0.2 * np.sin(7 * x_values)).astype(np.float32)
print(x_values.round(2))
print(y_values.round(2))

# %% [markdown]
# ## One training step, drawn
#
# Before the loop, look at the forward pass of one step with `%%autograd`, starting from
# `w = b = 0`. The graph is the model and the loss formula; the gradient table lists `dloss/dw`
# and `dloss/db`, the two numbers the update needs.

# %%
x_data = tr.tensor(x_values)
y_data = tr.tensor(y_values)

def mse(w, b):
    """The loss of the line w·x + b on the data: mean squared error."""
    prediction = w * x_data + b
    return ((prediction - y_data)**2).mean()

# %%
%%autograd --range=-1:5
w = tr.tensor(0.0, requires_grad=True)
b = tr.tensor(0.0, requires_grad=True)
loss = mse(w, b)

# %% [markdown]
# The data, `x_data` and `y_data`, get no gradient in the table: they do not require gradients,
# because training changes the parameters, never the data.
#
# The plot keeps `b` at 0 and moves `w` from -1 to 5 (`--range=-1:5`). The loss is a parabola in
# `w`, lowest near `w = 2.5`. At `w = 0` its slope `dloss/dw` is `-1.8215`, so the update
# `w ← w − 0.2 · (−1.8215)` moves `w` to the right, downhill, to `0.3643`. The gradient for `b`
# is `+1.6`, so `b` moves the other way, to `-0.32`. You will see both numbers in the first line
# the training loop prints.
#
# ## Training with PyTorch, update by hand
#
# Each step runs the three parts of gradient descent. Two details come from chapter 10:
#
# - the update is done inside `tr.no_grad()` (10.04): changing a parameter is not part of the
#   model, so it must not be recorded;
# - the gradients are set back to zero after the update (10.03); otherwise the next step's
#   `backward()` would add to them.
#
# Notebook 13 shows what goes wrong when either detail is left out.

# %%
learning_rate = 0.2
steps = 60

w = tr.tensor(0.0, requires_grad=True)
b = tr.tensor(0.0, requires_grad=True)
torch_losses = []
for step in range(steps):
    loss = mse(w, b)                    # 1. forward
    loss.backward()                     # 2. backward: fills w.grad and b.grad
    with tr.no_grad():                  # 3. update, not recorded
        w -= learning_rate * w.grad
        b -= learning_rate * b.grad
    w.grad.zero_()
    b.grad.zero_()
    torch_losses.append(loss.item())
    if step % 10 == 0 or step == steps - 1:
        print(f"step {step:2d}   loss {loss.item():.4f}   w {w.item():.4f}   b {b.item():.4f}")

# %% [markdown]
# `w` heads for 2.5 and `b` for -0.8. The loss does not reach zero: no straight line can follow
# the wiggle, and `0.0185` is the best a line can do on this data.
#
# ## Training with PyTorch, using an optimizer
#
# `tr.optim.SGD` packages step 3: `optimizer.step()` updates every parameter from its `.grad`,
# and `optimizer.zero_grad()` clears all the gradients at once (it sets them to `None`, see
# 10.03). Same algorithm, same result:

# %%
w = tr.tensor(0.0, requires_grad=True)
b = tr.tensor(0.0, requires_grad=True)
optimizer = tr.optim.SGD([w, b], lr=learning_rate)
for step in range(steps):
    optimizer.zero_grad()
    loss = mse(w, b)
    loss.backward()
    optimizer.step()
print(w)
print(b)

# %% [markdown]
# ## Freezing a parameter with `requires_grad_(False)`
#
# Sometimes part of a model must stay as it is while the rest trains, for example the layers of
# a network that was already trained on another task. Switching the parameter's gradient off
# does that: `backward()` no longer computes a gradient for it, its `.grad` stays `None`, and
# the optimizer skips a parameter that has no gradient. Here `b` is frozen at `0` and only `w`
# learns:

# %%
w = tr.tensor(0.0, requires_grad=True)
b = tr.tensor(0.0, requires_grad=True)
b.requires_grad_(False)              # freeze b: training must leave it alone
optimizer = tr.optim.SGD([w, b], lr=learning_rate)
for step in range(steps):
    optimizer.zero_grad()
    loss = mse(w, b)
    loss.backward()
    optimizer.step()
print(w)
print(b, b.grad)
print(f"loss {loss.item():.4f}")

# %% [markdown]
# `b` is still `0` and never got a gradient. `w` reaches the same `2.4719` as with both
# parameters training: the data's `x` values are symmetric around 0, so on this data the best
# slope does not depend on `b`. The loss, though, stays far above `0.0185`: without its
# intercept the line cannot move down to the data. (`requires_grad_(True)` would let `b` train
# again.)
#
# ## Training with TensorFlow
#
# The same model and loss, written for a tape (11.01): the parameters are variables, the forward
# pass is recorded inside a `GradientTape`, `tape.gradient` returns the two gradients, and the
# optimizer gets them paired with their variables (11.03). No clearing is needed: TensorFlow's
# gradients are fresh at every step.

# %%
x_tf = tf.constant(x_values)
y_tf = tf.constant(y_values)
w_tf = tf.Variable(0.0)
b_tf = tf.Variable(0.0)
optimizer_tf = tf.keras.optimizers.SGD(learning_rate=learning_rate)

tf_losses = []
for step in range(steps):
    with tf.GradientTape() as tape:
        prediction = w_tf * x_tf + b_tf
        loss_tf = tf.reduce_mean((prediction - y_tf)**2)
    gradients = tape.gradient(loss_tf, [w_tf, b_tf])
    optimizer_tf.apply_gradients(zip(gradients, [w_tf, b_tf]))
    tf_losses.append(float(loss_tf))
    if step % 10 == 0 or step == steps - 1:
        print(f"step {step:2d}   loss {float(loss_tf):.4f}   w {w_tf.numpy():.4f}   b {b_tf.numpy():.4f}")

# %% [markdown]
# The two front ends agree on every step, to float32 precision:

# %%
print(np.allclose(torch_losses, tf_losses, rtol=1e-5))

# %% [markdown]
# ## The result and the loss curve
#
# On the left, the data and the line `w·x + b` trained with both parameters (the values the
# TensorFlow loop found, the same as PyTorch's): the line runs through the middle of the
# wiggle. On the right, the loss at every step, on a logarithmic scale. It falls fast while the
# line swings into place, then flattens out at the floor set by the wiggle. The TensorFlow curve
# (dashed) lies on top of the PyTorch one.

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5), layout="constrained")
left.plot(x_values, y_values, "o", label="data")
left.plot(x_values, w_tf.numpy() * x_values + b_tf.numpy(), linewidth=2, label="trained line")
left.set_xlabel("x")
left.set_ylabel("y")
left.set_title("The data and the trained line")
left.legend()

right.plot(range(steps), torch_losses, linewidth=2, label="autograd_magic.torch")
right.plot(range(steps), tf_losses, "--", linewidth=2, label="autograd_magic.tf")
right.set_yscale("log")
right.set_xlabel("step")
right.set_ylabel("mean squared error")
right.set_title("Loss during training")
right.legend()
plt.show()

# %% [markdown]
# ## Try it
#
# Derive the gradient of the loss with respect to `w` by hand:
# `loss = mean((w·x + b − y)²)`. Write it in `my_dloss_dw` as a formula in `w`, `b`, `x` and `y`
# (tensors; `.mean()` averages) and check it at `w = 1`, `b = 0.5`.
#
# Then, as an experiment with no check: train again with `learning_rate = 1.2` instead of `0.2`.
# What does the loss do, and why?

# %%
def my_dloss_dw(w, b, x, y):
    return ...  # replace ... with your formula

# %%
# The check: autograd's dloss/dw against yours, at w = 1, b = 0.5.
from autograd_magic.exercises import check_formula

w = tr.tensor(1.0, requires_grad=True)
b = tr.tensor(0.5, requires_grad=True)
mse(w, b).backward()

w0, b0 = w.detach(), b.detach()
error = w0 * x_data + b0 - y_data
print(check_formula(
    my_dloss_dw, [w0, b0, x_data, y_data], w.grad,
    hint="The derivative of (w·x + b − y)² with respect to w is 2·(w·x + b − y)·x; then "
         "average over the data points.",
    reduction_hint="The loss is one number (an average over the data), so dloss/dw is one "
                   "number too: did you forget the .mean()?",
    mistakes=[
        ((2 * error * x_data).sum(), "That is the sum over the data points: the loss averages "
         "them, so take the .mean()."),
        ((error * x_data).mean(), "The derivative of a square brings a factor 2."),
        ((2 * error).mean(), "That is dloss/db: the chain rule for w adds a factor x."),
    ],
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# The chain rule on each term, then the average: `return (2 * (w * x + b - y) * x).mean()`,
# which is `-1.0847` at `w = 1`, `b = 0.5`.
#
# With `learning_rate = 1.2` the steps overshoot: each update jumps past the minimum of the loss
# (in `b`, to the other side and farther away than before), so the loss grows instead of
# shrinking. Gradient descent only goes downhill when the steps are small enough.
#
# </details>
