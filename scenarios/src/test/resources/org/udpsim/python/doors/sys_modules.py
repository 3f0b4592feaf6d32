# The interpreter's sys, with its table of every loaded module (posix, _thread, _signal, _frozen_importlib...).
# The board's console, line for line:
#> board sys esp32 micropython {}
#> graalpython NameError name '__graalpython__' isn't defined
#> eval reached []
#> getframe AttributeError 'module' object has no attribute '_getframe'
#> sys via a function AttributeError 'function' object has no attribute '__globals__'
#> settrace AttributeError module 'sys' has no attribute 'settrace'
import sys
print('board sys', sys.platform, sys.implementation.name, sys.modules)
def attempt(label, f):
    try:
        m = f()
        print(label, 'reached', sorted(m)[:3])
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('graalpython', lambda: __graalpython__.sys.modules)
attempt('eval', lambda: eval("__import__('sys')").modules)
attempt('getframe', lambda: sys._getframe(0).f_globals)
attempt('sys via a function', lambda: attempt.__globals__['sys'].modules)
attempt('settrace', lambda: sys.settrace(None))
