# except* (Python 3.11's exception groups): MicroPython's except clause takes no star.
# The board's console, line for line:
#> Traceback (most recent call last):
#>   File "except_star.py", line 9
#> SyntaxError: invalid syntax
#> udpsim: except* is not in MicroPython: use except
try:
    print(1 / 0)
except* ZeroDivisionError:
    print('caught')
