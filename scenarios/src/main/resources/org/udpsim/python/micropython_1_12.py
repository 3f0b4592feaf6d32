# What the board's MicroPython (v1.12-649, the mPython firmware's) refuses that GraalPy (CPython 3.11) accepts.
#
# PythonRuntime evaluates this file in each new context, before the board runtime, and hands what it evaluates to
# to the board runtime's setup() and, through its helpers, to the Java side: the program never sees it. Two parts:
#
# refusal(text): the first construct of the program text that MicroPython's parser or compiler refuses, as
#   (line, hint), or None. Read from the parsed AST (compile with the AST-only flag, as the board runtime's guard
#   does; the ast module is never imported). The board refuses the whole file before it runs a line, with
#   "SyntaxError: invalid syntax" at that line.
# lacks(obj, name): whether obj (a str or bytes, or the type) lacks the method name on the board, which then raises
#   AttributeError where GraalPy would call it. MISSING_NAMES lists every such name, for the board runtime's guard.
#
# The sources (micropython/micropython; the firmware's build is upstream master of August 2020, between v1.12 and
# v1.13, so it has what was merged by then):
# - f-strings: lexer support arrived in v1.17 ("This release of MicroPython adds support for f-strings (PEP-498)",
#   the v1.17 release notes, September 2021); before it f'...' is the name f before a string: invalid syntax.
# - match: py/grammar.h's compound_stmt has no match statement in any release (docs/differences/python_310.rst:
#   PEP 634 not implemented).
# - positional-only parameters (def f(a, /)): py/grammar.h's typedargslist and varargslist have no '/' item
#   (docs/differences/python_38.rst: PEP 570 "Not implemented").
# - except*: py/grammar.h's try_stmt_except is 'except' [test ['as' NAME]]: no star.
# - decorators other than a dotted name or its call: py/grammar.h's decorator is
#   '@' dotted_name [ '(' [arglist] ')' ] NEWLINE (Python 3.9's PEP 614 relaxed this; MicroPython did not).
# Not refused because the board has them: := (PEP 572, micropython PR #4908) and x: int = 1 (PEP 526, PR #6126)
# were merged in June 2020 and are in v1.12-649 (they were released with v1.13); async/await, nonlocal,
# keyword-only parameters, set and dict comprehensions are in py/grammar.h since before v1.12.
# - str methods: py/objstrunicode.c's struni_locals_dict_table (with MICROPY_PY_BUILTINS_STR_CENTER, _PARTITION and
#   _SPLITLINES on, as ports/esp32/mpconfigport.h sets them) holds find, rfind, index, rindex, join, split,
#   splitlines, rsplit, startswith, endswith, strip, lstrip, rstrip, format, replace, count, partition, rpartition,
#   center, lower, upper, isspace, isalpha, isdigit, isupper, islower (and encode); bytes has the same table with
#   decode. Every other public method of CPython's str is missing on the board.


def firmware():
    import types
    ONLY_AST = 0x400
    STR_LACKS = frozenset((
        'capitalize', 'casefold', 'expandtabs', 'format_map', 'isalnum', 'isascii', 'isdecimal', 'isidentifier',
        'isnumeric', 'isprintable', 'istitle', 'ljust', 'maketrans', 'removeprefix', 'removesuffix', 'rjust',
        'swapcase', 'title', 'translate', 'zfill'))
    BYTES_LACKS = STR_LACKS - {'format_map', 'isdecimal', 'isidentifier', 'isnumeric', 'isprintable', 'casefold'}
    LACKS = {str: STR_LACKS, bytes: BYTES_LACKS}

    def lacks(obj, name):
        t = obj if type(obj) is type else type(obj)
        names = LACKS.get(t)
        return names is not None and name in names

    HINTS = {
        'fstring': "f-strings arrived in MicroPython 1.17; the board has 1.12: use '%s' % x",
        'match': 'match statements are not in MicroPython: use if/elif',
        'posonly': "positional-only parameters ('/') are not in MicroPython: leave the / out",
        'trystar': 'except* is not in MicroPython: use except',
        'decorator': 'a decorator on MicroPython is a name, a dotted name or a call of one: give the expression a'
                     ' name first',
    }

    def dotted(node):
        while type(node).__name__ == 'Attribute':
            node = node.value
        return type(node).__name__ == 'Name'

    def refused(node):
        """(line, feature) when node itself is a construct the board refuses, else None."""
        kind = type(node).__name__
        if kind == 'JoinedStr':
            return node.lineno, 'fstring'
        if kind == 'Match':
            return node.lineno, 'match'
        if kind == 'TryStar':
            return node.handlers[0].lineno, 'trystar'
        if kind in ('FunctionDef', 'AsyncFunctionDef', 'Lambda'):
            if node.args.posonlyargs:
                return node.args.posonlyargs[-1].end_lineno, 'posonly'
        if kind in ('FunctionDef', 'AsyncFunctionDef', 'ClassDef'):
            for d in node.decorator_list:
                call = d.func if type(d).__name__ == 'Call' else d
                if not dotted(call):
                    return d.lineno, 'decorator'
        return None

    def refusal(text):
        """(line, hint) for the first line (in the file's order) the board refuses, or None."""
        try:
            tree = compile(text, '<check>', 'exec', ONLY_AST)
        except (SyntaxError, ValueError):
            return None  # GraalPy refuses it too, with its own line
        node_type = type(tree).__mro__[-2]
        first = None
        todo = [tree]
        while todo:
            node = todo.pop()
            found = refused(node)
            if found is not None and (first is None or found[0] < first[0]):
                first = found
            for field in node._fields:
                child = getattr(node, field, None)
                for c in (child if isinstance(child, list) else (child,)):
                    if isinstance(c, node_type):
                        todo.append(c)
        return None if first is None else (first[0], HINTS[first[1]])

    return types.SimpleNamespace(refusal=refusal, lacks=lacks, missing=frozenset(STR_LACKS | BYTES_LACKS))


(lambda f: type(f)(f.__code__, {'__builtins__': __import__('builtins'), '__name__': 'udpsim_firmware'}))(firmware)
