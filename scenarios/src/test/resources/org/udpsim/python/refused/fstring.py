# An f-string: MicroPython 1.12's lexer reads f'...' as the name f before a string (f-strings arrived in 1.17).
# The board refuses the whole file before it runs a line. Its console, line for line:
#> Traceback (most recent call last):
#>   File "fstring.py", line 9
#> SyntaxError: invalid syntax
#> udpsim: f-strings arrived in MicroPython 1.17; the board has 1.12: use '%s' % x
print('never printed: the board refuses the file')
x = 3
print(f'x is {x}')
print('x is %s' % x)
