# %% [markdown]
# # 11.01 GradientTape with scalars
#
# TensorFlow computes gradients with the same reverse-mode method as PyTorch, but you ask for them
# differently. Instead of marking tensors and calling `backward()`, you **record**: operations run
# inside a `with tf.GradientTape() as tape:` block are written onto the tape, and afterwards
# `tape.gradient(target, source)` plays the recording backwards and *returns* the derivative.
#
# A few rules decide what the tape can differentiate:
#
# - Only what happens **inside** the `with` block is recorded.
# - The tape follows **variables** (`tf.Variable`) by itself, as long as they are trainable, which
#   they are unless you create them with `trainable=False`.
# - A **constant** (`tf.constant`) is not followed: ask for its gradient and you get `None`,
#   unless you tell the tape about it with `tape.watch(...)`.
# - An ordinary tape answers **one** `gradient` call and then lets go of its recording. That one
#   call can ask for as many sources as you like at once, `tape.gradient(z, [y, x])`. Create the
#   tape with `persistent=True` only when you want to call `gradient` (or `jacobian`) on it
#   *more than once*, for example for different targets, or step by step while debugging. A
#   persistent tape keeps its recording until you drop it, so `del tape` when you are done.
#
# This chapter uses `autograd_magic.tf`, which behaves and prints like TensorFlow: with
# `import tensorflow as tf` instead, the code runs unchanged (only the `%%autograd` cells need
# this project).

# %%
import autograd_magic.tf as tf
%load_ext autograd_magic

# %% [markdown]
# ## 1. Differentiating with respect to a variable
#
# The same chain as in 10.01, `z = sin(x²)` at `x = 3`. The tape is persistent because the cell
# calls `tape.gradient` twice, once for `dz/dy` and once for `dz/dx`.

# %%
# 1. for tf.Variable()
x = tf.Variable(3.0, trainable = True) # defualt, trainable is True


# start recording gradients
with tf.GradientTape(persistent=True) as tape:
    # tape.watch(x) # if trainable is False, we need to watch the Variable
    y = x**2
    z = tf.sin(y)

# computing gradients
dz_dy = tape.gradient(z,y)
dz_dx = tape.gradient(z,x)

print(dz_dy)
print(dz_dx)

# %% [markdown]
# These are the numbers PyTorch gave in 10.01, `-0.9111` and `-5.4668`, printed TensorFlow's way:
# all the digits a float32 holds, then the shape (`()` means a scalar) and the data type.
#
# The two calls are a choice, not a necessity. An ordinary tape gives both gradients in a
# **single** call when you pass a list of sources; the answer is a list in the same order:

# %%
x = tf.Variable(3.0)
with tf.GradientTape() as tape:    # not persistent
    y = x**2
    z = tf.sin(y)
dz_dy, dz_dx = tape.gradient(z, [y, x])
print(dz_dy)
print(dz_dx)

# %% [markdown]
# Persistence only matters for a *second* call, as the section "What happens when you forget"
# below shows.
#
# Notice that asking for `dz/dy`, the gradient at an intermediate value, needed nothing like
# PyTorch's `retain_grad()`: a tape can differentiate with respect to anything it recorded.
#
# Here is the recording as a graph. `%%autograd` works with the tape just as it did with
# PyTorch's tensors:

# %%
%%autograd
x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2
    z = tf.sin(y)
dz_dx = tape.gradient(z, x)

# %% [markdown]
# ## 2. Differentiating with respect to a constant
#
# A constant is not followed on its own; `tape.watch(x)` adds it. Same numbers again:

# %%
# 2. for tf.constant()
x = tf.constant(3.0) 

# start recording gradients
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)  # manually tell tape to watch this constant
    y = x**2
    z = tf.sin(y)

# if not watched for constant it will print 'None'

# computing gradients
dz_dy = tape.gradient(z,y)
dz_dx = tape.gradient(z,x)

print(dz_dy)
print(dz_dx)

# %% [markdown]
# We are done with this persistent tape, so we release it:

# %%
del tape

# %% [markdown]
# ## What happens when you forget
#
# Without `tape.watch`, the tape never followed the constant, and the gradient is `None`. Note
# that this is not zero: `z` *does* depend on `x`, the tape just has no record of how.

# %%
x = tf.constant(3.0)
with tf.GradientTape() as tape:
    y = x**2
    z = tf.sin(y)
print(tape.gradient(z, x))

# %% [markdown]
# And a tape that is not persistent refuses a second question:

# %%
x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x**2
    z = tf.sin(y)
print(tape.gradient(z, x))
try:
    tape.gradient(z, y)
except RuntimeError as error:
    print("RuntimeError:", error)

# %% [markdown]
# ## Try it
#
# Take `z = exp(-x²)` at `x = 1`. Work out `dz/dx` by hand, write it in `my_dz_dx` (use
# `tf.exp` and `**`), and run the check.

# %%
def my_dz_dx(x):
    return ...  # replace ... with your formula for dz/dx

# %%
# The check: the tape's answer against yours, at x = 1.
from autograd_magic.exercises import check_formula

x = tf.Variable(1.0)
with tf.GradientTape() as tape:
    z = tf.exp(-x**2)
tape_answer = tape.gradient(z, x)

x0 = tf.constant(1.0)
print(check_formula(
    my_dz_dx, [x0], tape_answer,
    hint="The outer function is exp(u) with u = -x**2; what is du/dx?",
    mistakes=[
        (tf.exp(-x0**2), "That is the outer derivative alone: multiply by du/dx = -2x."),
        (2 * x0 * tf.exp(-x0**2), "Check the sign: du/dx for u = -x² is -2x."),
    ],
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# With `u = -x²`: `dz/dx = exp(u) · du/dx = -2x · exp(-x²)`, in code
# `return -2 * x * tf.exp(-x**2)`, which is `-0.7358` at `x = 1`.
#
# </details>
