# A match statement: not in MicroPython's grammar (py/grammar.h), in 1.12 or later.
# The board's console, line for line:
#> Traceback (most recent call last):
#>   File "match.py", line 8
#> SyntaxError: invalid syntax
#> udpsim: match statements are not in MicroPython: use if/elif
command = 'led on'
match command.split():
    case ['led', state]:
        print('led', state)
    case _:
        print('unknown')
