# The host's clock, which would make two runs with the same seed differ.
# The board's console, line for line:
#> board time 0 0 (2000, 1, 1, 0, 0, 0, 5, 1)
#> time_ns AttributeError module 'time' has no attribute 'time_ns'
#> monotonic AttributeError module 'time' has no attribute 'monotonic'
#> datetime ImportError no module named 'datetime'
#> host time KeyError 'time'
import time
print('board time', time.time(), time.ticks_ms(), time.localtime())
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('time_ns', lambda: time.time_ns())
attempt('monotonic', lambda: time.monotonic())
attempt('datetime', lambda: __import__('datetime').datetime.now())
attempt('host time', lambda: __import__('sys').modules['time'].time())
