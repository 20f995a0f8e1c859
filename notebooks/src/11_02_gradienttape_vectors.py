# %% [markdown]
# # 11.02 GradientTape with vectors
#
# The vector example of 10.02, now with a tape: ten points from 0 to 3, `y = x²` and
# `z = sin(y)`, element by element. In PyTorch we had to turn `z` into one number with `z.sum()`
# before calling `backward()`. With TensorFlow we can hand the vector `z` to `tape.gradient`
# directly.

# %%
import autograd_magic.tf as tf
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
x = tf.Variable([0.5, 1.0, 1.5])
with tf.GradientTape() as tape:
    z = 3 * x**2 + tf.sin(x)
tape_answer = tape.gradient(z, x).numpy()

mine = my_gradient(tf.constant([0.5, 1.0, 1.5]))
if mine is ...:
    print("Your turn: write your formula in my_gradient above, then run both cells again.")
else:
    mine = tf.convert_to_tensor(mine).numpy()
    assert mine.shape == tape_answer.shape and abs(mine - tape_answer).max() < 1e-4, (
        f"Not quite: yours is {mine}, the tape's is {tape_answer}. Hint: each z[i] depends on "
        "x[i] only, so differentiate 3x² + sin(x) as if x were a single number."
    )
    print(f"Well done! Your gradient {mine} matches the tape's.")

# %% [markdown]
# <details><summary>Solution</summary>
#
# `dz[i]/dx[i] = 6x[i] + cos(x[i])`, so `return 6 * x + tf.cos(x)`, which gives
# `[3.8776, 6.5403, 9.0707]`.
#
# </details>
