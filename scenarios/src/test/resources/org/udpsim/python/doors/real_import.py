# The real importer, by every road that once reached it: each module must stay out of reach.
# The board's console, line for line:
#> import ['socket']
#> foreign globals ['socket']
#> eval ['socket']
#> exec in a fresh dict ['socket']
#> compile ['socket']
#> compile as the runtime ['socket']
#> gcd_import ['NameError', 'NameError', 'NameError', 'NameError', 'NameError', 'NameError', 'NameError', 'NameError', 'NameError', 'NameError']
#> loader ['KeyError', 'KeyError', 'KeyError', 'KeyError', 'KeyError', 'KeyError', 'KeyError', 'KeyError', 'KeyError', 'KeyError']
#> subclasses ['AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError']
names = ('os', 'socket', '_socket', 'subprocess', 'threading', 'java', 'polyglot', 'datetime', 'pathlib', 'posix')
def attempt(label, f):
    got = []
    for name in names:
        try:
            m = f(name)
            got.append(name if name == 'socket' and hasattr(m, 'SOCK_DGRAM') and not hasattr(m, 'gethostname')
                       else name + ' (the real one)')
        except ImportError:
            pass
        except Exception as e:
            got.append(type(e).__name__)
    print(label, got)

attempt('import', lambda n: __import__(n))
attempt('foreign globals', lambda n: __import__(n, {}))
attempt('eval', lambda n: eval('__import__(%r)' % n))
def run(code):
    d = {}
    exec(code, d)
    return d['m']

attempt('exec in a fresh dict', lambda n: run('import %s as m' % n))
attempt('compile', lambda n: run(compile('import %s as m' % n, '/usr/lib/python3.12/json/decoder.py', 'exec')))
attempt('compile as the runtime', lambda n: run(compile('import %s as m' % n, '<board>', 'exec')))
attempt('gcd_import', lambda n: __graalpython__.sys.modules['_frozen_importlib']._gcd_import(n))
attempt('loader', lambda n: globals()['__builtins__']['__loader__'].load_module(n))
attempt('subclasses', lambda n: [c for c in object.__subclasses__() if c.__name__ == 'BuiltinImporter'][0])
