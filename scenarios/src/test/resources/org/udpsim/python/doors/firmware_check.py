# The board's MicroPython check (micropython_1_12.py, run on the program text by the trusted runtime) and the
# parsed AST it reads: neither is reachable from the program. The board's console, line for line:
#> ast ImportError no module named 'ast'
#> _ast ImportError no module named '_ast'
#> check module ImportError no module named 'micropython_1_12'
#> firmware NameError
#> refusal NameError
#> lacks NameError
#> ast flag -> <code>
#> str type AttributeError type object 'str' has no attribute '__dict__'
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        # a NameError's text caught by the program is GraalPy's wording; only that it is one matters here
        print(label, type(e).__name__, *([] if isinstance(e, NameError) else [e]))

attempt('ast', lambda: __import__('ast'))
attempt('_ast', lambda: __import__('_ast'))
attempt('check module', lambda: __import__('micropython_1_12'))
attempt('firmware', lambda: firmware)
attempt('refusal', lambda: refusal)
attempt('lacks', lambda: lacks)
attempt('ast flag', lambda: compile('x = 1', 'x.py', 'exec', 0x400))
attempt('str type', lambda: str.__dict__['title'])
