# Seed cell: 11.01, In[None] (del tape). Depends on In[74].
import tensorflow as tf

# ---- prelude: earlier cell of 11.01 (In[74]; prints dropped) ----
x = tf.constant(3.0)

with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)  # manually tell tape to watch this constant
    y = x**2
    z = tf.sin(y)

dz_dy = tape.gradient(z, y)
dz_dx = tape.gradient(z, x)
# ---- cell ----
del tape
