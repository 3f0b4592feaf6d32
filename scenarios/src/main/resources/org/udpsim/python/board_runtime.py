# The mPython board's MicroPython modules, for a lesson program run in GraalPy on a simulated board.
#
# PythonRuntime evaluates this file in each new context (the parse is shared by the engine) and calls the function
# it evaluates to with the board's host object, before the board is known. That returns the helpers Session calls,
# by name (describe, make_error, hard_exit, steps, start, guard, refusal), to the Java side only; start() then names the
# program, its step budget and its random seed, closes the doors and switches the line tracer on, on the board's own
# thread. Everything lives in setup's closure and its functions get a private globals dict, so nothing a program
# does to its own globals (str = 5, del socket) can reach them.
#
# What a program may import is the table `makers` in setup; anything else raises the board's
# "ImportError: no module named '...'". Blocking calls (sleep, recvfrom, accept, connectWiFi, oled.show...) go to
# the Java board, which waits in simulated time. A line tracer counts the program's lines since it last waited:
# past the step budget the board stops the program (uncatchable), naming the file and line.
#
# The doors (see "the doors" below): nothing leads from the program to the interpreter, its sys, its importer or a
# host fact. The program's text runs as guard() rewrites it, on the same lines: reads of the attributes that lead to
# the interpreter, str.format, a sequence times n and bytearray()/bytes() become checked calls. The board's heap
# (see "the board's heap") is accounted for in MicroPython's object sizes.


def setup(board, errno_text, firmware):
    import builtins
    import sys
    import types
    import posix

    real_import = builtins.__import__
    main_globals = sys.modules['__main__'].__dict__
    main_globals.pop('setup', None)
    hard_exit = posix._exit
    program_file = None
    budget = 0
    seed = 0
    strict = True  # MicroPython 1.12's refusals (firmware: micropython_1_12.py), unless the scenario says full

    # ---- conversions -------------------------------------------------------------------------------------------

    def to_int(v):
        if isinstance(v, int):
            return int(v)
        if isinstance(v, float):
            raise TypeError("can't convert float to int")
        raise TypeError("can't convert %s to int" % type(v).__name__)

    def to_str(v):
        if isinstance(v, str):
            return v
        if isinstance(v, (bytes, bytearray)):
            return bytes(v).decode()
        raise TypeError("can't convert '%s' object to str implicitly" % type(v).__name__)

    def to_bytes(latin1):
        return latin1.encode('latin-1')

    def to_address(addr):
        try:
            host, port = addr
        except (TypeError, ValueError):
            raise TypeError('address must be a tuple (host, port)') from None
        return to_str(host), to_int(port)

    def module(name, **attrs):
        m = types.ModuleType(name)
        m.__dict__.update(attrs)
        return m

    # ---- errors ------------------------------------------------------------------------------------------------

    def make_error(type_name, code, text):
        """The Python exception for one the Java board raised: OSError(110) prints as [Errno 110] ETIMEDOUT."""
        if type_name == 'OSError':
            if code < 0:
                return OSError(text)
            e = OSError(code)
            e.errno = code
            if text.startswith('[Errno'):
                e.strerror = text[text.index(']') + 2:]
            return e
        cls = getattr(builtins, type_name, None)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            cls = type(type_name, (Exception,), {})
        return cls(text) if text else cls()

    renamed = {'RecursionError': 'RuntimeError', 'ModuleNotFoundError': 'ImportError',
               'UnicodeDecodeError': 'UnicodeError', 'UnicodeEncodeError': 'UnicodeError'}

    def micropython_text(name, exc):
        if name in ('UnicodeDecodeError', 'UnicodeEncodeError'):
            return ''
        if name == 'RecursionError':
            return 'maximum recursion depth exceeded'
        text = str(exc)
        if name == 'NameError' and text.endswith(' is not defined'):
            return text[:-len(' is not defined')] + " isn't defined"
        if name == 'ZeroDivisionError':
            return 'divide by zero'
        if name == 'AttributeError' and text.startswith('module '):
            attr = text.rpartition(' has no attribute ')[2]
            return "'module' object has no attribute " + attr
        return text

    def syntax_text(exc):
        msg = exc.msg or ''
        if isinstance(exc, IndentationError):
            if msg == 'unexpected indent':
                return 'IndentationError', msg
            if msg.startswith('unindent'):
                return 'IndentationError', "unindent doesn't match any outer indent level"
        words = msg.split(' ')
        if len(words) == 3 and words[0].startswith("'") and words[1] == 'outside':
            return 'SyntaxError', msg  # 'return' outside function, 'break' outside loop: the board's words too
        return 'SyntaxError', 'invalid syntax'

    class Frame:
        """One line of a traceback: the file, the line, and the function (None for the line of a syntax error)."""
        __slots__ = ('file', 'line', 'function')

        def __init__(self, file, line, function):
            self.file, self.line, self.function = file, line, function

    class Uncaught:
        """An uncaught exception as the board's REPL prints it: its type, its text, its Frames outermost first."""
        __slots__ = ('type', 'text', 'frames')

        def __init__(self, type_name, text, frames):
            self.type, self.text, self.frames = type_name, text, frames

    def describe(exc):
        """The Uncaught that exc is on the board."""
        if isinstance(exc, SyntaxError) and (exc.filename == program_file or exc.__traceback__ is None):
            name, text = syntax_text(exc)
            return Uncaught(name, text, [Frame(program_file, exc.lineno or 0, None)])
        name = type(exc).__name__
        frames = []
        tb = exc.__traceback__
        last = None
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename == program_file and tb.tb_frame is not last:
                frames.append(Frame(program_file, tb.tb_lineno, code.co_name))
            last = tb.tb_frame
            tb = tb.tb_next
        return Uncaught(renamed.get(name, name), micropython_text(name, exc), frames)

    def print_exception(exc, file=None):
        d = describe(exc)
        lines = ['Traceback (most recent call last):']
        for f in d.frames:
            lines.append('  File "%s", line %d' % (f.file, f.line)
                         + ('' if f.function is None else ', in ' + f.function))
        lines.append(d.type + (': ' + d.text if d.text else ''))
        write('\n'.join(lines) + '\n')

    # ---- the console -------------------------------------------------------------------------------------------

    def write(text):
        board.write(to_str(text))

    def board_print(*args, sep=' ', end='\n', file=None, flush=False):
        text = (' ' if sep is None else sep).join([str(a) for a in args]) + ('\n' if end is None else end)
        if file is not None:
            file.write(text)
        else:
            board.print(text, len(args))

    class Stream:
        def write(self, text):
            write(text)
            return len(text)

    stdout = Stream()

    # ---- time --------------------------------------------------------------------------------------------------

    period = 1 << 30

    def sleep(seconds):
        board.sleep(float(seconds))

    def sleep_ms(ms):
        board.sleep_ms(to_int(ms))

    def sleep_us(us):
        board.sleep_us(to_int(us))

    def ticks_diff(end, start):
        return ((to_int(end) - to_int(start) + period // 2) & (period - 1)) - period // 2

    def ticks_add(ticks, delta):
        return (to_int(ticks) + to_int(delta)) & (period - 1)

    gmtime = real_import('time').gmtime  # a calendar, not the host's clock

    def localtime(secs=None):
        t = board.time() if secs is None else to_int(secs)
        g = gmtime(946684800 + t)  # the board's epoch is 2000-01-01
        return (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)

    def make_time(name):
        return module(name, sleep=sleep, sleep_ms=sleep_ms, sleep_us=sleep_us, ticks_ms=board.ticks_ms,
                      ticks_us=board.ticks_us, ticks_cpu=board.ticks_us, ticks_diff=ticks_diff, ticks_add=ticks_add,
                      time=board.time, localtime=localtime, gmtime=localtime)

    # ---- WiFi --------------------------------------------------------------------------------------------------

    class Sta:
        def ifconfig(self, *config):
            if not config:
                return tuple(board.sta_ifconfig())
            c = config[0]
            if len(c) != 4:
                raise ValueError('ifconfig needs (ip, netmask, gateway, dns)')
            board.sta_set_ifconfig([to_str(v) for v in c])

        def isconnected(self):
            return board.sta_isconnected()

        def active(self, *flag):
            return True

    class wifi:
        def __init__(self):
            self.sta = Sta()
            self.ap = WLAN(AP_IF)

        def connectWiFi(self, ssid, passwd, timeout=10):
            board.connectWiFi(to_str(ssid), to_str(passwd), to_int(timeout))

        def disconnectWiFi(self):
            board.disconnectWiFi()

        def enable_APWiFi(self, essid, password=b'', channel=10):
            board.enable_APWiFi(to_str(essid), to_str(password), to_int(channel))
            self.ap._essid, self.ap._password, self.ap._channel = to_str(essid), to_str(password), to_int(channel)

        def disable_APWiFi(self):
            board.disable_APWiFi()

    STA_IF, AP_IF = 0, 1
    STAT_IDLE, STAT_CONNECTING, STAT_GOT_IP = 1000, 1001, 1010

    class WLAN:
        def __init__(self, interface_id=STA_IF):
            self._ap = to_int(interface_id) == AP_IF
            self._essid = 'ESP_' + board.unique_id()[-3:].encode('latin-1').hex().upper()
            self._password = ''
            self._channel = 10
            self._on = board.ap_active() if self._ap else True

        def active(self, *flag):
            if not flag:
                return board.ap_active() if self._ap else self._on
            on = bool(flag[0])
            if self._ap and on != board.ap_active():
                if on:
                    board.enable_APWiFi(self._essid, self._password, self._channel)
                else:
                    board.disable_APWiFi()
            self._on = on
            return None

        def connect(self, ssid, password=''):
            board.wlan_connect(to_str(ssid), to_str(password))

        def disconnect(self):
            board.wlan_disconnect()

        def isconnected(self):
            return board.ap_active() if self._ap else board.sta_isconnected()

        def status(self):
            return STAT_GOT_IP if self.isconnected() else STAT_IDLE

        def ifconfig(self, *config):
            if self._ap:
                return tuple(board.ap_ifconfig())
            return Sta.ifconfig(self, *config)

        def config(self, *names, **values):
            for k, v in values.items():
                if k == 'essid':
                    self._essid = to_str(v)
                elif k == 'password':
                    self._password = to_str(v)
                elif k == 'channel':
                    self._channel = to_int(v)
                else:
                    raise ValueError('unknown config param')
            if names:
                n = names[0]
                if n == 'mac':
                    return to_bytes(board.unique_id())
                if n == 'essid':
                    return self._essid
                if n == 'channel':
                    return self._channel
                raise ValueError('unknown config param')

    # ---- the OLED, buttons, RGB LEDs ---------------------------------------------------------------------------

    class OLED:
        def DispChar(self, s, x, y, mode=1, auto_return=False):
            r = board.dispchar(to_str(s), to_int(x), to_int(y), to_int(mode), bool(auto_return))
            return (r[0], (r[1], r[2]))

        def show(self):
            board.show()

        def fill(self, c):
            board.fill(to_int(c))

        def text(self, s, x, y, c=1):
            board.text(to_str(s), to_int(x), to_int(y), to_int(c))

        def pixel(self, x, y, *c):
            if not c:
                return board.pixel_get(to_int(x), to_int(y))
            board.pixel_set(to_int(x), to_int(y), to_int(c[0]))

        def hline(self, x, y, w, c):
            board.hline(to_int(x), to_int(y), to_int(w), to_int(c))

        def vline(self, x, y, h, c):
            board.vline(to_int(x), to_int(y), to_int(h), to_int(c))

        def line(self, x1, y1, x2, y2, c):
            board.line(to_int(x1), to_int(y1), to_int(x2), to_int(y2), to_int(c))

        def rect(self, x, y, w, h, c):
            board.rect(to_int(x), to_int(y), to_int(w), to_int(h), to_int(c))

        def fill_rect(self, x, y, w, h, c):
            board.fill_rect(to_int(x), to_int(y), to_int(w), to_int(h), to_int(c))

        def circle(self, x, y, r, c):
            board.circle(to_int(x), to_int(y), to_int(r), to_int(c))

        def fill_circle(self, x, y, r, c):
            board.fill_circle(to_int(x), to_int(y), to_int(r), to_int(c))

        def triangle(self, x0, y0, x1, y1, x2, y2, c):
            board.triangle(*[to_int(v) for v in (x0, y0, x1, y1, x2, y2, c)])

        def fill_triangle(self, x0, y0, x1, y1, x2, y2, c):
            board.fill_triangle(*[to_int(v) for v in (x0, y0, x1, y1, x2, y2, c)])

        def bitmap(self, x, y, bitmap, w, h, c=1):
            board.bitmap(to_int(x), to_int(y), bitmap, to_int(w), to_int(h), to_int(c))

        def contrast(self, c):
            pass

        def poweron(self):
            pass

        def poweroff(self):
            pass

    class Button:
        def __init__(self, name):
            self._name = name

        def is_pressed(self):
            return board.button(self._name, 'is_pressed')

        def was_pressed(self):
            return board.button(self._name, 'was_pressed')

        def value(self):
            return 0 if board.button(self._name, 'is_pressed') else 1

    class RGB:
        """The three RGB LEDs: colours are kept, nothing is drawn."""

        def __init__(self):
            self._leds = [(0, 0, 0)] * 3

        def __len__(self):
            return 3

        def __getitem__(self, i):
            return self._leds[i]

        def __setitem__(self, i, colour):
            r, g, b = colour
            self._leds[i] = (to_int(r), to_int(g), to_int(b))

        def fill(self, colour):
            for i in range(3):
                self[i] = colour

        def write(self):
            pass

    class Pin:
        IN, OUT, OPEN_DRAIN = 1, 3, 7
        PULL_UP, PULL_DOWN = 2, 1
        IRQ_RISING, IRQ_FALLING = 1, 2

        def __init__(self, pin, mode=-1, pull=-1, value=None):
            self._pin = to_int(pin)
            self._value = 0 if value is None else to_int(value)

        def value(self, *v):
            if not v:
                return self._value
            self._value = 1 if v[0] else 0

        def on(self):
            self._value = 1

        def off(self):
            self._value = 0

    # ---- sockets -----------------------------------------------------------------------------------------------

    class socket:
        def __init__(self, af=2, type=1, proto=0):
            self._s = board.socket(to_int(af), to_int(type))

        def setsockopt(self, level, option, value):
            self._s.setsockopt(to_int(level), to_int(option), 1 if value else 0)

        def bind(self, address):
            self._s.bind(*to_address(address))

        def listen(self, backlog=2):
            self._s.listen(to_int(backlog))

        def accept(self):
            r = self._s.accept()
            return wrap(r[0]), (r[1], r[2])

        def connect(self, address):
            self._s.connect(*to_address(address))

        def send(self, data):
            return self._s.send(data)

        def sendall(self, data):
            self._s.sendall(data)

        def write(self, data):
            return self._s.send(data)

        def sendto(self, data, address):
            host, port = to_address(address)
            return self._s.sendto(data, host, port)

        def recv(self, bufsize):
            return to_bytes(self._s.recv(to_int(bufsize)))

        def read(self, bufsize):
            return to_bytes(self._s.recv(to_int(bufsize)))

        def recvfrom(self, bufsize):
            r = self._s.recvfrom(to_int(bufsize))
            return to_bytes(r[0]), (r[1], r[2])

        def settimeout(self, seconds):
            self._s.settimeout(None if seconds is None else float(seconds))

        def setblocking(self, flag):
            self._s.setblocking(bool(flag))

        def close(self):
            self._s.close()

        def __repr__(self):
            return '<socket>'

    def wrap(host_socket):
        s = object.__new__(socket)
        s._s = host_socket
        return s

    def getaddrinfo(host, port, af=0, type=0, proto=0, flags=0):
        host = to_str(host)
        parts = host.split('.')
        if len(parts) != 4 or not all(p.isdigit() for p in parts):
            raise OSError("host '%s' is not an IPv4 address; name lookup is not simulated" % host)
        return [(2, 1, 0, '', (host, to_int(port)))]

    def make_socket(name):
        return module(name, socket=socket, getaddrinfo=getaddrinfo, AF_INET=2, AF_INET6=10, SOCK_STREAM=1,
                      SOCK_DGRAM=2, SOCK_RAW=3, IPPROTO_IP=0, IPPROTO_TCP=6, IPPROTO_UDP=17, SOL_SOCKET=0xfff,
                      SO_REUSEADDR=4, IP_ADD_MEMBERSHIP=0x400)

    # ---- the module table --------------------------------------------------------------------------------------

    errnos = {}
    for pair in errno_text.split(','):
        n, _, c = pair.partition('=')
        errnos[n] = int(c)

    def make_mpython(name):
        return module(name, wifi=wifi, oled=OLED(), sleep=sleep, sleep_ms=sleep_ms, sleep_us=sleep_us,
                      button_a=Button('a'), button_b=Button('b'), rgb=RGB(), Pin=Pin, const=const,
                      time=load('time'), network=load('network'), machine=load('machine'), math=load('math'),
                      ustruct=load('ustruct'))

    def const(x):
        return x

    def reset():
        board.reset()

    def make_machine(name):
        return module(name, reset=reset, soft_reset=reset, unique_id=lambda: to_bytes(board.unique_id()),
                      freq=lambda *f: 240000000, idle=board.idle, lightsleep=sleep_ms, Pin=Pin)

    def make_network(name):
        return module(name, WLAN=WLAN, STA_IF=STA_IF, AP_IF=AP_IF, STAT_IDLE=STAT_IDLE,
                      STAT_CONNECTING=STAT_CONNECTING, STAT_GOT_IP=STAT_GOT_IP)

    def make_micropython(name):
        return module(name, const=const, opt_level=lambda *level: 0,
                      alloc_emergency_exception_buf=lambda size: None)

    def make_gc(name):
        return module(name, collect=memory.collect, enable=lambda: None, disable=lambda: None,
                      isenabled=lambda: True, mem_free=memory.free, mem_alloc=memory.allocated)

    def board_exit(code=0):
        raise SystemExit(code)

    def make_sys(name):
        impl = types.SimpleNamespace(name='micropython', version=(1, 12, 0))
        return module(name, argv=[], byteorder='little', exit=board_exit, implementation=impl,
                      maxsize=2147483647, modules={}, path=['', '/lib'], platform='esp32',
                      print_exception=print_exception, stdout=stdout, stderr=stdout, version='3.4.0')

    def make_errno(name):
        m = module(name, errorcode={c: n for n, c in errnos.items()})
        m.__dict__.update(errnos)
        return m

    def make_random(name):
        rng = real_import('random').Random(seed)

        def board_seed(n=None):
            # with no seed the host would read its clock or os.urandom: the board's stream starts again instead
            rng.seed(seed if n is None else n)

        return module(name, seed=board_seed, getrandbits=rng.getrandbits, randint=rng.randint,
                      randrange=rng.randrange, choice=rng.choice, random=rng.random, uniform=rng.uniform,
                      shuffle=rng.shuffle)

    def host_module(real):
        # the module's public functions, classes and constants, not the modules it imported (json.decoder.re...)
        def make(name):
            m = real_import(real)
            return module(name, **{k: v for k, v in m.__dict__.items()
                                   if not k.startswith('_') and not isinstance(v, types.ModuleType)})
        return make

    makers = {
        'mpython': make_mpython, 'machine': make_machine, 'network': make_network,
        'micropython': make_micropython, 'gc': make_gc,
        'socket': make_socket, 'usocket': make_socket,
        'time': make_time, 'utime': make_time,
        'sys': make_sys, 'usys': make_sys,
        'errno': make_errno, 'uerrno': make_errno,
        'random': make_random, 'urandom': make_random,
        'struct': host_module('struct'), 'ustruct': host_module('struct'),
        'json': host_module('json'), 'ujson': host_module('json'),
        'math': host_module('math'),
        'binascii': host_module('binascii'), 'ubinascii': host_module('binascii'),
        'collections': host_module('collections'), 'ucollections': host_module('collections'),
        'array': host_module('array'), 'uarray': host_module('array'),
        're': host_module('re'), 'ure': host_module('re'),
    }
    # usocket is socket, utime is time, ... as on the board: the u-name and the plain name are one module
    canonical = {'usocket': 'socket', 'utime': 'time', 'usys': 'sys', 'uerrno': 'errno', 'urandom': 'random',
                 'ustruct': 'struct', 'ujson': 'json', 'ubinascii': 'binascii', 'ucollections': 'collections',
                 'uarray': 'array', 'ure': 're'}
    loaded = {}

    def load(name):
        key = canonical.get(name, name)
        m = loaded.get(key)
        if m is None:
            maker = makers.get(name)
            if maker is None:
                return None
            m = maker(key)
            loaded[key] = m
        return m

    def board_import(name, globals=None, locals=None, fromlist=(), level=0):
        # The program's imports (an import statement, its own __import__ call, code it compiled) see the board's
        # modules only. The host modules' own imports (a codec looked up by bytes.decode, random's parts) go on
        # as usual, but never to a module that reaches the host which is not loaded already.
        if sys._getframe(1).f_code.co_filename not in pupil_files:
            if name in sys.modules or name.partition('.')[0] not in HOST_ONLY:
                return real_import(name, globals, locals, fromlist, level)
        m = load(name) if level == 0 and isinstance(name, str) else None
        if m is None:
            raise ImportError("no module named '%s'" % name)
        return m

    # ---- the board's heap --------------------------------------------------------------------------------------

    class Memory:
        """The board's MicroPython heap: what the program holds, in the board's own sizes, against its size.

        What the program holds is measured by walking what it can reach (its globals, the locals of its frames) with
        MicroPython's object sizes on the 32-bit ESP32, in the heap's 16-byte blocks; the board runtime and its
        modules take BASE. A walk runs every WALK_LINES lines, in gc.mem_free() and gc.collect(), and before an
        allocation the program asks for explicitly (bytearray(n), bytes(n), a sequence times n) once the bytes
        allocated since the last walk could not fit: such an allocation raises the board's MemoryError before the
        host allocates anything. A program that outgrows the heap between two of them is stopped by the tracer.
        Objects only an unfinished expression holds (a list comprehension under way) are not seen until it ends.
        """
        HEAP = 120000  # heap_caps_get_largest_free_block at boot on an ESP32 without SPIRAM [est]
        BASE = 20000  # what the firmware's own modules hold when main.py starts [est]
        WALK_LINES = 1024

        def __init__(self):
            self.held = 0
            self.since = 0
            self.frame = None

        def free(self):
            self.walk(sys._getframe(1))
            return max(0, self.HEAP - self.BASE - self.held)

        def allocated(self):
            self.walk(sys._getframe(1))
            return self.BASE + self.held

        def collect(self):
            self.walk(sys._getframe(1))

        def ask(self, n, frame):
            """An allocation of n bytes the program asks for: MemoryError if it cannot fit."""
            if self.BASE + self.held + self.since + n > self.HEAP:
                self.walk(frame)
                if self.BASE + self.held + n > self.HEAP:
                    raise MemoryError('memory allocation failed, allocating %d bytes' % n)
            self.since += n

        def walk(self, frame):
            seen = set()
            todo = [main_globals]
            f = frame
            while f is not None:
                if f.f_code.co_filename in pupil_files:
                    todo.append(f.f_locals)
                f = f.f_back
            total = 0
            limit = self.HEAP * 2
            while todo and total < limit:
                o = todo.pop()
                if id(o) in seen:
                    continue
                seen.add(id(o))
                size, parts = board_size(o)
                total += size
                if parts:
                    todo.extend(parts)
            self.held = total
            self.since = 0
            return total

    def blocks(n):
        return (n + 15) & ~15

    def board_size(o):
        """The bytes o takes in the board's heap, and the objects it holds."""
        t = type(o)
        if t is int:
            return (0 if -0x40000000 <= o < 0x40000000 else blocks(4 + o.bit_length() // 8)), None
        if t is str or t is bytes:
            return (blocks(len(o) + 1) + 16 if len(o) > 0 else 0), None
        if t is bytearray:
            return blocks(len(o)) + 16, None
        if t is float:
            return 16, None
        if t is list:
            return 16 + blocks(4 * len(o)), o
        if t is tuple:
            return blocks(8 + 4 * len(o)), o
        if t is dict:
            return 16 + blocks(8 * len(o) + 8), list(o.values()) + list(o.keys())
        if t is set or t is frozenset:
            return 16 + blocks(4 * len(o) + 4), list(o)
        if isinstance(o, (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType)):
            return 0, None  # code and modules are in BASE or the program's text
        d = real_getattr(o, '__dict__', None)
        if type(d) is dict:
            return 16, [d]
        return 16, None

    memory = Memory()

    def checked_new(cls, *args, **kwargs):
        """bytearray(...) or bytes(...) in the program: the heap is asked first."""
        if (cls is bytearray or cls is bytes) and args:
            n = args[0]
            size = n if type(n) is int else len(n) if isinstance(n, (bytes, bytearray, str, list, tuple)) else 0
            if size > 0:
                memory.ask(blocks(size) + 16, sys._getframe(1))
        return cls(*args, **kwargs)

    def checked_mul(a, b):
        """a * b in the program: a sequence repeated asks the heap first."""
        if type(b) is int and isinstance(a, (str, bytes, bytearray, list, tuple)):
            seq, n = a, b
        elif type(a) is int and isinstance(b, (str, bytes, bytearray, list, tuple)):
            seq, n = b, a
        else:
            return a * b
        if n > 0 and len(seq) > 0:
            item = 4 if isinstance(seq, (list, tuple)) else 1
            memory.ask(blocks(len(seq) * n * item) + 16, sys._getframe(1))
        return a * b

    # ---- the doors: what a program can reach ------------------------------------------------------------------

    # A program reaches the board's modules and the builtins below, nothing else: no interpreter internals, no
    # real sys, os or importer, no host fact (clock, pid, paths, versions) that would make two runs differ.
    # Attribute names that lead from any object to the interpreter's internals (a function's globals, a frame,
    # a type's subclasses) are refused as the board refuses them (MicroPython has none of them); the program's
    # text is rewritten so that such an attribute, and str.format (whose fields read attributes), go through
    # guarded_attr, and getattr/hasattr/setattr/delattr/vars check the same names.
    DENIED = frozenset((
        '__subclasses__', '__globals__', '__code__', '__closure__', '__builtins__', '__base__', '__bases__',
        '__mro__', 'mro', '__self__', '__func__', '__objclass__', '__getattribute__', '__reduce__',
        '__reduce_ex__', '__loader__', '__spec__', '__traceback__', '__wrapped__', '__import__', '_getframe',
        '__graalpython__', 'tb_frame', 'tb_next', 'f_globals', 'f_locals', 'f_back', 'f_builtins', 'f_code',
        'f_trace', 'gi_frame', 'gi_code', 'cr_frame', 'cr_code', 'ag_frame', 'ag_code'))
    GUARDED = DENIED | {'__dict__', 'format', 'format_map'} | firmware.missing
    # names the host's own modules need in builtins, which the program must not see
    HIDDEN = frozenset(('__graalpython__', '__builtins__', '__loader__', '__spec__'))
    ALLOCATORS = frozenset(('bytearray', 'bytes'))
    # modules none of the board's host modules needs, which reach the host: never imported, whoever asks
    HOST_ONLY = frozenset((
        'subprocess', '_posixsubprocess', '_thread', 'threading', 'socket', '_socket', 'select', 'selectors',
        'java', 'polyglot', 'pathlib', 'datetime', '_datetime', 'importlib', 'ctypes', '_ctypes', 'signal',
        'platform', 'pwd', 'grp', 'resource', 'shutil', 'tempfile', 'multiprocessing', 'concurrent', 'asyncio',
        'ssl', '_ssl', 'uuid', 'secrets', 'sysconfig', 'site', 'runpy', 'inspect', 'faulthandler'))
    real_getattr, real_setattr, real_delattr, real_vars, hasattr_ = getattr, setattr, delattr, vars, hasattr
    real_compile, real_eval, real_exec = compile, eval, exec
    str_format, str_format_map = str.format, str.format_map
    formatter_parser = real_import('_string').formatter_parser
    ONLY_AST = 0x400
    pupil_files = set()

    def no_attribute(obj, name):
        if isinstance(obj, type):
            return AttributeError("type object '%s' has no attribute '%s'" % (obj.__name__, name))
        kind = 'module' if isinstance(obj, types.ModuleType) else type(obj).__name__
        return AttributeError("'%s' object has no attribute '%s'" % (kind, name))

    def checked_format(s):
        """The format string s, if it reads no attribute or item: the board's str.format reads neither."""
        for _, field, spec, _ in formatter_parser(s):
            if field and ('.' in field or '[' in field):
                raise NotImplementedError('attributes not supported yet')
            if spec and '{' in spec:
                checked_format(spec)
        return s

    def guarded_attr(obj, name):
        """obj.name as the program may read it."""
        if name in DENIED or name == '__dict__' and (isinstance(obj, type) or obj is builtins):
            raise no_attribute(obj, name)
        if strict and name in firmware.missing and firmware.lacks(obj, name):
            raise no_attribute(obj, name)  # a str method the board's MicroPython does not have
        if name == 'format' or name == 'format_map':
            method = str_format if name == 'format' else str_format_map
            if isinstance(obj, str):
                return lambda *args, **kwargs: method(checked_format(obj), *args, **kwargs)
            if obj is str:
                return lambda s, *args, **kwargs: method(checked_format(s), *args, **kwargs)
        return real_getattr(obj, name)

    def hidden_name(name):
        raise NameError("name '%s' isn't defined" % name)

    def from_program():
        """Whether the caller's caller is the program's code (the host modules' own getattr calls go unchecked)."""
        try:
            return sys._getframe(2).f_code.co_filename in pupil_files
        except ValueError:
            return False  # called from the interpreter itself, with no Python frame above

    def board_getattr(obj, name, *default):
        if type(name) is str and name in GUARDED and from_program():
            try:
                return guarded_attr(obj, name)
            except AttributeError:
                if default:
                    return default[0]
                raise
        return real_getattr(obj, name, *default)

    def board_hasattr(obj, name):
        if type(name) is str and name in GUARDED and from_program():
            try:
                guarded_attr(obj, name)
                return True
            except AttributeError:
                return False
        return hasattr_(obj, name)

    def board_setattr(obj, name, value):
        if type(name) is str and name in DENIED and from_program():
            raise no_attribute(obj, name)
        real_setattr(obj, name, value)

    def board_delattr(obj, name):
        if type(name) is str and name in DENIED and from_program():
            raise no_attribute(obj, name)
        real_delattr(obj, name)

    def program_namespace(d):
        # GraalPy puts its builtins dict (with __graalpython__ and the importer) into the globals it runs in
        if type(d) is dict:
            d.pop('__builtins__', None)
        return d

    def board_globals():
        return program_namespace(sys._getframe(1).f_globals)

    def board_locals():
        return program_namespace(sys._getframe(1).f_locals)

    def board_vars(*obj):
        if not obj:
            return program_namespace(sys._getframe(1).f_locals)
        if (isinstance(obj[0], type) or obj[0] is builtins) and from_program():
            raise no_attribute(obj[0], '__dict__')
        return real_vars(obj[0])

    def guard(text, filename, mode):
        """text with every guarded attribute read (x.__globals__, s.format) turned into guarded_attr(x, name), on
        the same lines; text itself when it names none of them."""
        if (not any(name in text for name in GUARDED) and not any(name in text for name in HIDDEN)
                and '*' not in text and 'byte' not in text):
            return text
        tree = real_compile(text, filename, mode, ONLY_AST)
        node_type = type(tree).__mro__[-2]
        edits = []  # (where, depth, kind, end, name): 'call' opens guarded_attr( at where, 'attr' closes it
        number = (int, float, complex)
        todo = [(tree, 0)]
        while todo:
            node, depth = todo.pop()
            kind = type(node).__name__
            if kind == 'Name' and node.id in HIDDEN:
                edits.append(((node.lineno, node.col_offset), depth, 'name', (node.end_lineno, node.end_col_offset),
                              node.id))
            elif (kind == 'BinOp' and type(node.op).__name__ == 'Mult'
                  and not all(type(v).__name__ == 'Constant' and isinstance(v.value, number)
                              for v in (node.left, node.right))):
                edits.append(((node.lineno, node.col_offset), depth, 'open', None, '__udpsim_mul__('))
                edits.append(((node.left.end_lineno, node.left.end_col_offset), depth, 'op',
                              (node.right.lineno, node.right.col_offset), '*'))
                edits.append(((node.end_lineno, node.end_col_offset), depth, 'close', None, ')'))
            elif (kind == 'Call' and type(node.func).__name__ == 'Name' and node.func.id in ALLOCATORS):
                edits.append(((node.lineno, node.col_offset), depth, 'open', None, '__udpsim_new__('))
                edits.append(((node.func.end_lineno, node.func.end_col_offset), depth, 'op',
                              (node.end_lineno, node.end_col_offset), '('))
            elif kind == 'Attribute' and node.attr in GUARDED and type(node.ctx).__name__ == 'Load':
                edits.append(((node.lineno, node.col_offset), depth, 'call', None, None))
                edits.append(((node.value.end_lineno, node.value.end_col_offset), depth, 'attr',
                              (node.end_lineno, node.end_col_offset), node.attr))
            for field in node._fields:
                child = real_getattr(node, field, None)
                for c in (child if isinstance(child, list) else (child,)):
                    if isinstance(c, node_type):
                        todo.append((c, depth + 1))
        if not edits:
            return text
        data = text.encode()
        starts = [0]
        for i, b in enumerate(data):
            if b == 10:
                starts.append(i + 1)

        def offset(at):
            return starts[at[0] - 1] + at[1]

        # from the end backwards; at one place the inner opening first and the outer closing first, so that the
        # outer call encloses the inner one
        edits.sort(key=lambda e: (offset(e[0]), -e[1] if e[2] == 'close' else e[1]), reverse=True)
        for at, depth, kind, end, name in edits:
            a = offset(at)
            if kind == 'call':
                data = data[:a] + b'__udpsim_attr__(' + data[a:]
            elif kind in ('open', 'close'):
                data = data[:a] + name.encode() + data[a:]
            elif kind == 'op':
                # the operator, or the call's opening parenthesis, becomes the comma between the arguments
                i = data.index(name.encode(), a, offset(end) if name == '*' else len(data))
                data = data[:i] + b', ' + data[i + 1:]
            elif kind == 'name':
                data = data[:a] + ("__udpsim_name__('%s')" % name).encode() + data[offset(end):]
            else:
                b = offset(end)
                dot = data.rindex(b'.', a, b)
                kept = b'\n' * data.count(b'\n', dot, b)  # the lines stay where they were
                data = data[:dot] + (", '%s')" % name).encode() + kept + data[b:]
        return data.decode()

    class Code:
        """What compile() gives a program: code only eval and exec can run."""
        __slots__ = ()

        def __repr__(self):
            return '<code>'

    compiled = {}

    def board_compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
        if sys._getframe(1).f_code.co_filename not in pupil_files:
            # the importer compiling a host module
            return real_compile(source, filename, mode, flags, dont_inherit, optimize)
        text = to_str(source)
        name = to_str(filename)
        if name.startswith('<'):
            name = '<string>'
        pupil_files.add(name)
        c = Code()
        compiled[id(c)] = (c, real_compile(guard(text, name, mode), name, mode, dont_inherit=True))
        return c

    def runnable(source, mode):
        if isinstance(source, Code):
            return compiled[id(source)][1]
        if isinstance(source, (str, bytes, bytearray)):
            text = to_str(source)
            return real_compile(guard(text, '<string>', mode), '<string>', mode, dont_inherit=True)
        if sys._getframe(2).f_code.co_filename not in pupil_files:
            return source  # the host modules' own code objects (a namedtuple's methods)
        raise TypeError('expected str or code')

    def board_eval(source, globals=None, locals=None):
        if globals is None:
            f = sys._getframe(1)
            globals, locals = f.f_globals, f.f_locals if locals is None else locals
        return real_eval(runnable(source, 'eval'), globals, locals)

    def board_exec(source, globals=None, locals=None):
        if globals is None:
            f = sys._getframe(1)
            globals, locals = f.f_globals, f.f_locals if locals is None else locals
        real_exec(runnable(source, 'exec'), globals, locals)

    def board_open(file, mode='r', *args, **kwargs):
        # the board's filesystem holds boot.py and the program; udpsim simulates none of it
        e = OSError(2)
        e.errno = 2
        e.strerror = 'ENOENT'
        raise e

    def board_input(prompt=''):
        # the board reads its serial line, which no one writes to in a simulation: end of input at once
        if prompt:
            write(str(prompt))
        raise EOFError

    def close_doors():
        for name in ('breakpoint', 'help', 'exit', 'quit', 'copyright', 'credits', 'license'):
            builtins.__dict__.pop(name, None)
        builtins.__dict__.update({
            '__import__': board_import, 'print': board_print, '__udpsim_attr__': guarded_attr,
            '__udpsim_name__': hidden_name, '__udpsim_mul__': checked_mul, '__udpsim_new__': checked_new,
            'getattr': board_getattr, 'hasattr': board_hasattr, 'setattr': board_setattr,
            'delattr': board_delattr, 'vars': board_vars, 'globals': board_globals, 'locals': board_locals, 'compile': board_compile, 'eval': board_eval,
            'exec': board_exec, 'open': board_open, 'input': board_input})
        for name in list(main_globals):
            if name != '__name__':
                del main_globals[name]

    # ---- the step budget ---------------------------------------------------------------------------------------

    # The program's nested calls are counted here, because GraalPy ignores sys.setrecursionlimit: its limit is the
    # Java thread's stack, reached at a depth that varies with the JIT. The board's C stack allows about this many.
    recursion_limit = 100
    depth = [0]

    class Steps:
        """The lines the program ran since it last waited: the tracer counts them, the Java board resets them."""
        __slots__ = ('lines', 'host_lines')

        def __init__(self):
            self.lines = 0
            self.host_lines = 0

    steps = Steps()

    def where(frame):
        """The program's Frames from frame outwards, innermost first."""
        out = []
        f = frame
        while f is not None:
            if f.f_code.co_filename == program_file:
                out.append(Frame(program_file, f.f_lineno, f.f_code.co_name))
            f = f.f_back
        return out

    def count_line(frame, event, arg):
        if event == 'line':
            n = steps.lines + 1
            steps.lines = n
            if n + steps.host_lines > budget:
                board.over_budget(where(frame))
            if n & 1023 == 0:
                held_before = memory.held + memory.since
                if memory.BASE + memory.walk(frame) > memory.HEAP:
                    board.out_of_memory(where(frame), max(16, memory.held - held_before))
        elif event == 'return':
            depth[0] -= 1
        return count_line

    def count_host_line(frame, event, arg):
        # a host module's line counts towards the budget only: the board's clock charges the program's own lines,
        # whose number does not depend on what the interpreter has cached
        if event == 'line':
            n = steps.host_lines + 1
            steps.host_lines = n
            if n + steps.lines > budget:
                board.over_budget(where(frame))
        return count_host_line

    def trace_calls(frame, event, arg):
        # every line counts but the board runtime's own and the importer's: the program's, and the host modules'
        file = frame.f_code.co_filename
        if file not in pupil_files:
            return None if file == '<board>' or file.startswith('<frozen') else count_host_line
        depth[0] += 1
        if depth[0] > recursion_limit:
            board.too_deep(where(frame.f_back))  # the new frame has not run a line yet
        return count_line

    def start(file, lines, random_seed, traced, full):
        nonlocal program_file, budget, seed, strict
        program_file, budget, seed, strict = file, lines, random_seed, not full
        pupil_files.update((file, '<string>'))
        close_doors()
        if traced:
            sys.settrace(trace_calls)

    load('mpython')  # the modules every lesson imports, made before the board is needed
    load('socket')
    # The helpers Session calls, by name; only the Java side holds this object, the program never sees it.
    return types.SimpleNamespace(describe=describe, make_error=make_error, guard=guard, refusal=firmware.refusal,
                                 hard_exit=lambda status: hard_exit(status), steps=steps, start=start)


(lambda f: type(f)(f.__code__, {'__builtins__': __import__('builtins'), '__name__': 'udpsim_board'}))(setup)
