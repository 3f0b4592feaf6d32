# What GraalPy itself once refused, with Java's words in an error no handler could catch: each is now the
# board's own error, caught by the program.
# The board's console, line for line:
#> open a host file OSError [Errno 2] ENOENT
#> write a file OSError [Errno 2] ENOENT
#> input EOFError 
#> a thread ImportError no module named '_thread'
#> a process ImportError no module named 'subprocess'
#> posix ImportError no module named 'posix'
#> rss NameError name '__graalpython__' isn't defined
#> java ImportError no module named 'java'
#> the program goes on
def attempt(label, f):
    try:
        f()
        print(label, 'ran')
    except BaseException as e:
        print(label, type(e).__name__, e)

attempt('open a host file', lambda: open('/etc/passwd'))
attempt('write a file', lambda: open('data.txt', 'w'))
attempt('input', lambda: input())
attempt('a thread', lambda: __import__('_thread').start_new_thread(print, ('x',)))
attempt('a process', lambda: __import__('subprocess').run(['ls']))
attempt('posix', lambda: __import__('posix').listdir('/'))
attempt('rss', lambda: __graalpython__.get_current_rss())
attempt('java', lambda: __import__('java').type('java.lang.System'))
print('the program goes on')
