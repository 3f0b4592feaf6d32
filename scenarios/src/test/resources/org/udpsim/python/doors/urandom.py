# The host's random bytes, and random's seeding from them: the board's random is the scenario's stream.
# The board's console, line for line:
#> os.urandom ImportError no module named 'os'
#> uos.urandom ImportError no module named 'uos'
#> seed() starts the stream again True
#> the host Random AttributeError 'builtin_function_or_method' object has no attribute '__self__'
import random
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('os.urandom', lambda: __import__('os').urandom(4))
attempt('uos.urandom', lambda: __import__('uos').urandom(4))
first = random.random()
random.seed()
print('seed() starts the stream again', random.random() == first)
attempt('the host Random', lambda: random.random.__self__)
