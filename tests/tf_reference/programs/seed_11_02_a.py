# Seed cell: 11.02 Computing gradients for vectors (TF), In[None].
import tensorflow as tf

# ---- cell ----
x = tf.Variable(tf.linspace(0, 3, 10), trainable=True)  # defualt, trainable is True


# start recording gradients
with tf.GradientTape(persistent=True) as tape:
    # tape.watch(x) # if trainable is False, we need to watch the Variable
    y = x**2
    z = tf.sin(y)

# computing gradients
dz_dy = tape.gradient(z, y)
dz_dx = tape.gradient(z, x)

print(dz_dy)
print(dz_dx)
