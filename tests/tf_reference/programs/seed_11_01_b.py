# Seed cell: 11.01, In[74] (2. tf.constant + tape.watch).
import tensorflow as tf

# ---- cell In[74] ----
# 2. for tf.constant()
x = tf.constant(3.0)

# start recording gradients
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)  # manually tell tape to watch this constant
    y = x**2
    z = tf.sin(y)

# if not watched for constant it will print 'None'

# computing gradients
dz_dy = tape.gradient(z, y)
dz_dx = tape.gradient(z, x)

print(dz_dy)
print(dz_dx)
