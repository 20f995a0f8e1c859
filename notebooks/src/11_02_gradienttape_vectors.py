# %% [markdown]
# # 11.02 GradientTape with vectors
#
# The vector example of 10.02, now with a tape: ten points from 0 to 3, `y = x²` and
# `z = sin(y)`, element by element. In PyTorch we had to turn `z` into one number with `z.sum()`
# before calling `backward()`. With TensorFlow we can hand the vector `z` to `tape.gradient`
# directly.

# %%
import autograd_magic.tf as tf
import numpy as np
%load_ext autograd_magic

# %% [markdown]
# `tf.linspace(0, 3, 10)` is given integers, and TensorFlow turns them into float64 numbers (PyTorch
# would pick float32). That is why every value below says `dtype=float64` and is printed with
# eight decimals.

# %%
x = tf.Variable(tf.linspace(0,3,10), trainable = True) # defualt, trainable is True


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
# Element by element these are `cos(y[i])` and `cos(x[i]²) · 2x[i]`, as in 10.02 (on a different
# grid: ten points here, twenty there).
#
# ## The hidden sum
#
# How does TensorFlow differentiate a vector that has ten outputs? It adds them up for you: when
# the target is not a single number, `tape.gradient` returns the gradient of the **sum** of its
# entries. Asking for the sum explicitly gives exactly the same numbers:

# %%
with tf.GradientTape() as tape:
    y = x**2
    z = tf.sin(y)
    total = tf.reduce_sum(z)
print(tape.gradient(total, x))

# %% [markdown]
# So both libraries compute the same thing: PyTorch makes you write the sum, TensorFlow writes it
# for you. When you want weights other than all ones, TensorFlow takes them as
# `output_gradients` (more in 11.03).
#
# This is why the notes' remark that TensorFlow computes gradients of vectors "without
# aggregation" is imprecise: an aggregation, the sum, does happen, you just do not write it.
#
# ## The sum is not "each output's own derivative"
#
# In the example above, `z[i]` depends on `x[i]` alone, so each entry of the summed gradient
# happens to be the derivative of one output with respect to its own input. That is a property
# of elementwise functions, not of `tape.gradient`. To see all the derivatives separately, ask
# the tape for the **Jacobian**, the table with one row per output and one column per input:
# entry `[i, j]` is `dz[i]/dx[j]`. For an elementwise function only the diagonal is non-zero, so
# summing each column changes nothing (the `-0.` entries are zeros that carry a minus sign
# from a negative factor; they equal `0`):

# %%
x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape(persistent=True) as tape:
    z = tf.sin(x**2)
print(tape.jacobian(z, x))
print(tape.gradient(z, x))
del tape

# %% [markdown]
# Now a function whose outputs depend on *all* the inputs: each `x[i]` multiplied by the sum of
# the whole vector, `z[i] = x[i] · (x[0] + x[1] + x[2])`. The Jacobian is full, and
# `tape.gradient` returns its column sums, which are not the diagonal entries
# `dz[i]/dx[i]`:

# %%
x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape(persistent=True) as tape:
    z = x * tf.reduce_sum(x)
jacobian = tape.jacobian(z, x)
print(jacobian)
print("tape.gradient(z, x): ", tape.gradient(z, x))
print("column sums:         ", jacobian.numpy().sum(axis=0))
print("diagonal dz[i]/dx[i]:", np.diag(jacobian.numpy()))
del tape

# %% [markdown]
# `x[0]` changes every output, so its entry `12` collects all three effects,
# `7 + 2 + 3`. When you need the derivatives one output at a time, use `tape.jacobian`; when
# you differentiate a loss, which is one number anyway, `tape.gradient` is what you want.
#
# Under `%%autograd` the recording has no sum node: the tape starts its backward pass at `z` with
# a weight of one for each entry (see the `z` row of the table), which is the same as summing.
#
# ```
# x --> (pow) --> y --> (sin) --> z
# ```

# %%
%%autograd
x = tf.Variable(tf.linspace(0, 3, 10))
with tf.GradientTape() as tape:
    y = x**2
    z = tf.sin(y)
dz_dx = tape.gradient(z, x)

# %% [markdown]
# ## Try it
#
# Let `x = [0.5, 1.0, 1.5]` and `z = 3x² + sin(x)`, element by element. What does
# `tape.gradient(z, x)` return? Write it as a formula in `x` (use `tf.cos`) and run the check.

# %%
def my_gradient(x):
    return ...  # replace ... with your formula

# %%
# The check: the tape's answer against yours.
from autograd_magic.exercises import check_formula

x = tf.Variable([0.5, 1.0, 1.5])
with tf.GradientTape() as tape:
    z = 3 * x**2 + tf.sin(x)
tape_answer = tape.gradient(z, x)

x0 = tf.constant([0.5, 1.0, 1.5])
print(check_formula(
    my_gradient, [x0], tape_answer,
    hint="Each z[i] depends on x[i] only, so differentiate 3x² + sin(x) as if x were a "
         "single number.",
    mistakes=[
        (tf.reduce_sum(6 * x0 + tf.cos(x0)), "The tape sums the outputs, not the gradient "
         "entries: there is one entry per x[i]."),
        (3 * x0 + tf.cos(x0), "The derivative of 3x² is 6x."),
    ],
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# `dz[i]/dx[i] = 6x[i] + cos(x[i])`, so `return 6 * x + tf.cos(x)`, which gives
# `[3.8776, 6.5403, 9.0707]`.
#
# </details>
