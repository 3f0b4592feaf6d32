# str methods MicroPython 1.12 lacks (py/objstrunicode.c has 25 of CPython's 47): AttributeError at the call,
# in the board's words; the methods it has work. The board's console, line for line:
#> casefold 'str' object has no attribute 'casefold'
#> isascii 'str' object has no attribute 'isascii'
#> zfill 'str' object has no attribute 'zfill'
#> format_map 'str' object has no attribute 'format_map'
#> ljust False
#> bytes title 'bytes' object has no attribute 'title'
#> HELLO ***Hello*** ('He', 'l', 'lo') True
#> Traceback (most recent call last):
#>   File "str_methods.py", line 25, in <module>
#> AttributeError: 'str' object has no attribute 'title'
s = 'Hello'
for name in ('casefold', 'isascii', 'zfill', 'format_map'):
    try:
        getattr(s, name)
    except AttributeError as e:
        print(name, e)
print('ljust', hasattr(s, 'ljust'))
try:
    b'abc'.title()
except AttributeError as e:
    print('bytes title', e)
print(s.upper(), s.center(11, '*'), s.partition('l'), s.isalpha())
print(s.title())
