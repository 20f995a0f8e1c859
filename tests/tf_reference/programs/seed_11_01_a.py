# Seed cell: 11.01 Computing gradient for scalars (TF), In[None] (1. tf.Variable).
import tensorflow as tf

# ---- cell ----
# 1. for tf.Variable()
x = tf.Variable(3.0, trainable=True)  # defualt, trainable is True


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
