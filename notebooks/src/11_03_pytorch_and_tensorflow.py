# %% [markdown]
# # 11.03 PyTorch and TensorFlow side by side
#
# Both libraries do reverse-mode automatic differentiation, and for the same function they return
# the same numbers. What differs is the *interface*: when recording happens, what you may
# differentiate, and where the result ends up. This notebook puts the differences next to each
# other, one runnable example each.
#
# | | PyTorch | TensorFlow |
# |---|---|---|
# | what is recorded | operations on tensors with `requires_grad=True` | operations inside a `GradientTape` block, on variables and watched tensors |
# | output that is a vector | `backward()` refuses; write `.sum()` or pass `gradient=v` | `tape.gradient` sums it for you; `output_gradients=v` for other weights |
# | where gradients go | **added** to `.grad` of each leaf | **returned** by `tape.gradient`, fresh each call |
# | asking twice | `backward(retain_graph=True)`, or `torch.autograd.grad` | `GradientTape(persistent=True)` |
# | applying them | an optimizer reads `.grad`; you clear it (`zero_grad`) | an optimizer takes `(gradient, variable)` pairs, or you `assign_sub` |

# %%
import autograd_magic.torch as tr
import autograd_magic.tf as tf
%load_ext autograd_magic

# %% [markdown]
# ## 1. Opting in: per tensor, or per block
#
# PyTorch records every operation on a tensor that has `requires_grad=True`, wherever it happens.
# TensorFlow records only while a tape is open: the same operation on the same variable, done
# outside the `with` block, leaves no trace, and its gradient is `None`.

# %%
x_pt = tr.tensor(3.0, requires_grad=True)
y_pt = x_pt**2
print(y_pt)            # recorded: it has a grad_fn

x_tf = tf.Variable(3.0)
y_outside = x_tf**2    # no tape is open: not recorded
with tf.GradientTape() as tape:
    y_inside = x_tf**2
print(tape.gradient(y_inside, x_tf))

with tf.GradientTape() as tape:
    y_twice = y_outside * 2   # recorded, but y_outside has no link back to x_tf
print(tape.gradient(y_twice, x_tf))

# %% [markdown]
# ## 2. Vector outputs: scalar-only `backward` against the implicit sum
#
# Take `z = x²` for `x = [1, 2, 3]`. PyTorch's `backward()` starts from a single number, so it
# stops at a vector; TensorFlow quietly differentiates the sum of the entries. Summing by hand in
# PyTorch gives TensorFlow's answer:

# %%
x_pt = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
z_pt = x_pt**2
try:
    z_pt.backward()
except RuntimeError as error:
    print("PyTorch, z.backward():      ", error)
z_pt.sum().backward()
print("PyTorch, z.sum().backward():", x_pt.grad)

x_tf = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    z_tf = x_tf**2
print("TensorFlow, gradient(z, x): ", tape.gradient(z_tf, x_tf))

# %% [markdown]
# ## 3. Choosing the weights: `backward(gradient=v)` and `output_gradients=v`
#
# Summing is the special case of a weighted sum with all weights `1`. Both libraries accept other
# weights `v`, one per output entry, and return the gradient of `v[0]·z[0] + v[1]·z[1] + …`, a
# *vector-Jacobian product*. With `v = [1, 0, 0.5]` the middle entry is ignored and the last one
# counts half:

# %%
v = [1.0, 0.0, 0.5]

x_pt = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
z_pt = x_pt**2
z_pt.backward(gradient=tr.tensor(v))
print(x_pt.grad)

x_tf = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    z_tf = x_tf**2
print(tape.gradient(z_tf, x_tf, output_gradients=tf.constant(v)))

# %% [markdown]
# `%%autograd` draws the PyTorch version, written as an explicit weighted sum so that the graph
# ends in a single number. The `z_pt` row of the table holds the weights `v`, and the `pow` step
# multiplies them by its local derivative `2x`, which gives the `[2, 0, 3]` of `x_pt`:

# %%
%%autograd --no-plot
x_pt = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
z_pt = x_pt**2
weighted = (z_pt * tr.tensor([1.0, 0.0, 0.5])).sum()

# %% [markdown]
# ## 4. Accumulated against fresh gradients
#
# Ask twice, and PyTorch adds the second answer to the first (10.03), while TensorFlow hands you a
# fresh, identical result each time. There is no `.grad` on a TensorFlow variable at all: the
# result lives only in the value `tape.gradient` returns.

# %%
x_pt = tr.tensor(3.0, requires_grad=True)
for _ in range(2):
    (x_pt**2).backward()
print("PyTorch .grad after two passes:", x_pt.grad)

x_tf = tf.Variable(3.0)
with tf.GradientTape(persistent=True) as tape:
    y_tf = x_tf**2
print("TensorFlow, first call: ", tape.gradient(y_tf, x_tf))
print("TensorFlow, second call:", tape.gradient(y_tf, x_tf))
del tape
print("Does a tf.Variable have .grad?", hasattr(x_tf, "grad"))

# %% [markdown]
# ## 5. Asking twice, and gradients without `.grad`
#
# A backward pass frees the graph it walked, just as an ordinary tape forgets its recording
# after one `gradient` call. A second `backward()` through the same graph therefore fails, unless
# the first one was told to keep the graph with `retain_graph=True`, PyTorch's counterpart of a
# persistent tape. (The two passes still add up in `.grad`.)

# %%
x_pt = tr.tensor(3.0, requires_grad=True)
y_pt = x_pt**2
y_pt.backward()
try:
    y_pt.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

x_pt = tr.tensor(3.0, requires_grad=True)
y_pt = x_pt**2
y_pt.backward(retain_graph=True)
y_pt.backward()
print("after two passes with retain_graph=True:", x_pt.grad)

# %% [markdown]
# PyTorch can also work TensorFlow's way. `tr.autograd.grad(z, [y, x])` *returns* the gradients
# of `z` with respect to the tensors you list, like `tape.gradient(z, [y, x])`, and leaves
# `.grad` alone (it stays `None` below). It also works for a non-leaf such as `y`, with no
# `retain_grad()`:

# %%
x_pt = tr.tensor(3.0, requires_grad=True)
y_pt = x_pt**2
z_pt = tr.sin(y_pt)
print("PyTorch:   ", tr.autograd.grad(z_pt, [y_pt, x_pt]))
print("x_pt.grad: ", x_pt.grad)

x_tf = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y_tf = x_tf**2
    z_tf = tf.sin(y_tf)
print("TensorFlow:", *tape.gradient(z_tf, [y_tf, x_tf]))

# %% [markdown]
# ## 6. Applying gradients: `.grad` against optimizers
#
# One step of gradient descent on `y = x²` from `x = 3` with learning rate `0.25`: the gradient is
# `6`, so both land on `3 − 0.25·6 = 1.5`. PyTorch's optimizer finds the gradients in the
# parameters' `.grad` (and `zero_grad()` clears them for the next step); TensorFlow's optimizer is
# given the gradients together with the variables they belong to.

# %%
x_pt = tr.tensor(3.0, requires_grad=True)
optimizer_pt = tr.optim.SGD([x_pt], lr=0.25)
optimizer_pt.zero_grad()
(x_pt**2).backward()
optimizer_pt.step()
print(x_pt)

x_tf = tf.Variable(3.0)
optimizer_tf = tf.keras.optimizers.SGD(learning_rate=0.25)
with tf.GradientTape() as tape:
    y_tf = x_tf**2
gradients = tape.gradient(y_tf, [x_tf])
optimizer_tf.apply_gradients(zip(gradients, [x_tf]))
print(x_tf)

# %% [markdown]
# An optimizer is a convenience, not a rule: you may change a variable yourself. What matters
# is *how*. `x_tf.assign_sub(d)` subtracts `d` from the variable in place, so `x_tf` stays the
# same variable and the next tape follows it again. (`x_tf = x_tf - d` instead would replace the
# variable by a constant tensor; notebook 13 shows what goes wrong then.)

# %%
x_tf = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y_tf = x_tf**2
gradient = tape.gradient(y_tf, x_tf)
x_tf.assign_sub(0.25 * gradient)
print(x_tf)

# %% [markdown]
# Notebook 12 uses exactly these two loops to train a small model.
#
# ## Try it
#
# Find weights `v` such that the result is the gradient of `z[1]` **alone** (the middle output)
# for `z = x²` at `x = [1, 2, 3]`. Both libraries are checked with your `v`.

# %%
my_v = ...  # replace ... with a list of three numbers

# %%
# The check: with your weights, both libraries should give d z[1] / dx = [0, 2·x[1], 0].
from autograd_magic.exercises import check_weights

def both_gradients(v):
    """The weighted gradient of z = x**2 in both libraries, for weights v (three floats)."""
    x_pt = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
    (x_pt**2).backward(gradient=tr.tensor(v))
    x_tf = tf.Variable([1.0, 2.0, 3.0])
    with tf.GradientTape() as tape:
        z_tf = x_tf**2
    return {
        "PyTorch": x_pt.grad,
        "TensorFlow": tape.gradient(z_tf, x_tf, output_gradients=tf.constant(v)),
    }

print(check_weights(
    my_v, 3, both_gradients, [0.0, 4.0, 0.0],
    hint="A weight of 0 makes an output count for nothing.",
))

# %% [markdown]
# <details><summary>Solution</summary>
#
# `my_v = [0.0, 1.0, 0.0]`: a weight of one on the middle output and zero on the others.
#
# </details>
