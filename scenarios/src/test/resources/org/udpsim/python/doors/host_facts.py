# Facts about the host that would make two runs differ, or tell a pupil what the board cannot know.
# The board's console, line for line:
#> kernel ImportError no module named 'os'
#> uid ImportError no module named 'os'
#> pid ImportError no module named 'os'
#> load average ImportError no module named 'os'
#> home ImportError no module named 'pathlib'
#> graalpy home NameError name '__graalpython__' isn't defined
#> jdk NameError name '__graalpython__' isn't defined
#> rss NameError name '__graalpython__' isn't defined
#> prefix AttributeError module 'sys' has no attribute 'prefix'
#> version -> 3.4.0
#> format NotImplementedError attributes not supported yet
#> board esp32 3.4.0 (1, 12, 0)
import sys
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('kernel', lambda: __import__('os').uname())
attempt('uid', lambda: __import__('os').getuid())
attempt('pid', lambda: __import__('os').getpid())
attempt('load average', lambda: __import__('os').getloadavg())
attempt('home', lambda: __import__('pathlib').Path.home())
attempt('graalpy home', lambda: __graalpython__.home)
attempt('jdk', lambda: __graalpython__.get_jdk_version())
attempt('rss', lambda: __graalpython__.get_current_rss())
attempt('prefix', lambda: sys.prefix)
attempt('version', lambda: sys.version)
attempt('format', lambda: '{0.__globals__}'.format(attempt))
print('board', sys.platform, sys.version, sys.implementation.version)
