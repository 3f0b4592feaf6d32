# The interpreter's own module, which GraalPy puts among the builtins, by name and by every other road.
# The board's console, line for line:
#> name NameError name '__graalpython__' isn't defined
#> eval NameError name '__graalpython__' isn't defined
#> exec NameError name '__graalpython__' isn't defined
#> globals KeyError '__graalpython__'
#> builtins name NameError name '__builtins__' isn't defined
#> builtins in globals KeyError '__builtins__'
#> builtins in locals KeyError '__builtins__'
#> builtins in vars KeyError '__builtins__'
#> import ImportError no module named '__graalpython__'
def attempt(label, f):
    try:
        print(label, 'reached', f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('name', lambda: __graalpython__)
attempt('eval', lambda: eval('__graalpython__'))
attempt('exec', lambda: exec('__graalpython__'))
attempt('globals', lambda: globals()['__graalpython__'])
attempt('builtins name', lambda: __builtins__)
attempt('builtins in globals', lambda: globals()['__builtins__']['__graalpython__'])
attempt('builtins in locals', lambda: locals()['__builtins__']['__graalpython__'])
attempt('builtins in vars', lambda: vars()['__builtins__']['__graalpython__'])
attempt('import', lambda: __import__('__graalpython__'))
