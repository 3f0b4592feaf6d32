# A decorator that is neither a dotted name nor a call of one (Python 3.9's PEP 614): MicroPython's grammar has
# '@' dotted_name [ '(' [arglist] ')' ] only. The board's console, line for line:
#> Traceback (most recent call last):
#>   File "decorator.py", line 18
#> SyntaxError: invalid syntax
#> udpsim: a decorator on MicroPython is a name, a dotted name or a call of one: give the expression a name first
def keep(f):
    return f

class Keys:
    keep = staticmethod(keep)

@Keys.keep
def fine():
    pass

handlers = [keep]
@handlers[0]
def on_press():
    print('pressed')
