# The roads through the object graph to the interpreter's internals: every one is closed.
# The board's console, line for line:
#> subclasses AttributeError type object 'tuple' has no attribute '__base__'
#> mro AttributeError type object 'tuple' has no attribute '__mro__'
#> type dict AttributeError type object 'type' has no attribute '__dict__'
#> vars of a type AttributeError type object 'object' has no attribute '__dict__'
#> function globals AttributeError 'function' object has no attribute '__globals__'
#> function code AttributeError 'function' object has no attribute '__code__'
#> closure AttributeError 'function' object has no attribute '__closure__'
#> bound self AttributeError 'builtin_function_or_method' object has no attribute '__self__'
#> traceback AttributeError 'ZeroDivisionError' object has no attribute '__traceback__'
#> generator frame AttributeError 'generator' object has no attribute 'gi_frame'
#> loader NameError name '__loader__' isn't defined
#> spec NameError name '__spec__' isn't defined
#> module loader AttributeError 'module' object has no attribute '__loader__'
#> getattr AttributeError 'function' object has no attribute '__globals__'
#> format field NotImplementedError attributes not supported yet
#> format reached str
#> host module parts AttributeError module 'json' has no attribute 'decoder'
#> builtins dict KeyError '__builtins__'
def attempt(label, f):
    try:
        print(label, 'reached', type(f()).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

def gen():
    yield 1

try:
    1 / 0
except ZeroDivisionError as e:
    caught = e

attempt('subclasses', lambda: ().__class__.__base__.__subclasses__())
attempt('mro', lambda: type(()).__mro__)
attempt('type dict', lambda: type.__dict__['__subclasses__'])
attempt('vars of a type', lambda: vars(object))
attempt('function globals', lambda: attempt.__globals__)
attempt('function code', lambda: attempt.__code__)
attempt('closure', lambda: print.__closure__)
attempt('bound self', lambda: len.__self__)
attempt('traceback', lambda: caught.__traceback__.tb_frame.f_globals)
attempt('generator frame', lambda: gen().gi_frame.f_back)
attempt('loader', lambda: __loader__)
attempt('spec', lambda: __spec__)
attempt('module loader', lambda: __import__('json').__loader__)
attempt('getattr', lambda: getattr(attempt, '__glo' + 'bals__'))
attempt('format field', lambda: '{0.__class__}'.format(1))
attempt('format', lambda: '{} and {:>4}'.format('plain', 42))
attempt('host module parts', lambda: __import__('json').decoder)
attempt('builtins dict', lambda: globals()['__builtins__'])
