# Positional-only parameters: py/grammar.h's parameter list has no '/' (PEP 570 is not implemented).
# The board's console, line for line:
#> Traceback (most recent call last):
#>   File "positional_only.py", line 8
#> SyntaxError: invalid syntax
#> udpsim: positional-only parameters ('/') are not in MicroPython: leave the / out
def send(data,
         port, /, retries=3):
    return len(data)

print(send(b'hi', 6000))
