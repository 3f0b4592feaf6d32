package org.udpsim.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.management.ExecutionListener;
import org.graalvm.polyglot.io.IOAccess;
import org.udpsim.board.Errno;

/**
 * GraalPy for lesson programs: one shared {@link Engine} (interpreter only, its JIT warning silenced) from which each
 * board's program gets a sandboxed {@link Context} of its own.
 *
 * <p>The sandbox: no host files ({@link IOAccess#NONE}), no network, processes, threads, native code, environment
 * variables or other languages; the guest sees only the board objects whose members carry
 * {@link HostAccess.Export}. Inside the context, the board runtime closes the roads from the program to the
 * interpreter (its {@code sys}, importer, {@code __graalpython__}, frames, a function's globals): the program's
 * text runs as {@link #guarded} makes it, and the builtins it may call check the same attribute names. Two limits stop a program that never waits: a line tracer in the board runtime (the
 * step budget, counted in the program's own lines since it last waited, reported with file and line) and, behind
 * it, the engine's statement limit ({@link #BACKSTOP_FACTOR} times the budget, which the program cannot switch
 * off). The open-source GraalPy has no per-context memory limit (the {@code sandbox.MaxHeapMemory} option
 * exists only in Oracle GraalVM), so the board runtime accounts for the board's heap itself, in MicroPython's
 * object sizes, and raises the board's MemoryError.
 *
 * <p>Parsed code is shared: every board running the same file text gets the same {@link Source}, and the engine
 * parses it once.
 */
public final class PythonRuntime implements AutoCloseable {
    /** Program lines a board may run without waiting before it is stopped; about 4 s of the real board's CPU. */
    public static final long DEFAULT_STEP_BUDGET = 200_000;
    /**
     * The engine's statement limit, as a multiple of the step budget: a backstop for what the line tracer does not
     * see, about a second of statements at the default budget. The program cannot switch the tracer off, so the
     * backstop fires only where a line holds more statements than this (a; b; c; d; e; f in a loop).
     */
    static final long BACKSTOP_FACTOR = 5;
    /** The one source predicate a shared engine allows: count statements of everything but the board runtime. */
    private static final Predicate<Source> COUNTED = source -> !source.isInternal();
    private static final String RUNTIME_RESOURCE = "board_runtime.py";
    /** What the board's MicroPython refuses: its syntax check and the str methods it lacks. */
    private static final String FIRMWARE_RESOURCE = "micropython_1_12.py";
    private static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowArrayAccess(true).build();
    /** The errno names and codes of the board, for its {@code errno} module. */
    private static final String ERRNOS = Arrays.stream(Errno.values()).map(e -> e.name() + "=" + e.code())
            .collect(Collectors.joining(","));
    private static PythonRuntime shared;

    private final Engine engine;
    private final Source boardRuntime;
    private final Source firmware;
    private final long stepBudget;
    private final boolean traced;
    private final Map<String, Source> programs = new ConcurrentHashMap<>();
    /** Each program's text as it runs: its reads of guarded attributes turned into checked calls. */
    private final Map<Source, Source> guarded = new ConcurrentHashMap<>();
    /** Each program text's first construct the board's MicroPython refuses, if any. */
    private final Map<Source, Optional<Refusal>> refusals = new ConcurrentHashMap<>();
    /**
     * Where each board's program last entered a statement, per process thread: what the engine's statement limit
     * names, since GraalPy gives the innermost frame of a context it stops no location.
     */
    private final ThreadLocal<SourceSection[]> lastStatement = ThreadLocal.withInitial(() -> new SourceSection[1]);
    private final Queue<Future<Fresh>> prepared = new ConcurrentLinkedQueue<>();
    private ExecutorService pool;
    /** Contexts made ahead by {@link #keepSpares} that no {@link #prepare} has counted yet. */
    private int spares;

    /** A runtime whose programs are stopped after {@code stepBudget} lines without waiting. */
    public PythonRuntime(long stepBudget) {
        this(stepBudget, true);
    }

    /**
     * A runtime whose programs run without the line tracer when {@code traced} is false, so that only the engine's
     * statement limit stops them: for testing that backstop.
     */
    PythonRuntime(long stepBudget, boolean traced) {
        if (stepBudget < 1) {
            throw new IllegalArgumentException("the step budget must be 1 line or more, was " + stepBudget);
        }
        this.stepBudget = stepBudget;
        this.traced = traced;
        this.engine = Engine.newBuilder("python")
                .option("engine.WarnInterpreterOnly", "false")
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .build();
        ExecutionListener.newBuilder().statements(true).sourceFilter(COUNTED)
                .onEnter(event -> lastStatement.get()[0] = event.getLocation()).attach(engine);
        this.boardRuntime = Source.newBuilder("python", readResource(RUNTIME_RESOURCE), "<board>").internal(true)
                .buildLiteral();
        this.firmware = Source.newBuilder("python", readResource(FIRMWARE_RESOURCE), "<board>").internal(true)
                .buildLiteral();
    }

    /** The runtime shared by every run in this JVM, made on first use, with the default step budget. */
    public static synchronized PythonRuntime shared() {
        if (shared == null) {
            shared = new PythonRuntime(DEFAULT_STEP_BUDGET);
        }
        return shared;
    }

    /** The lines a program may run without waiting. */
    public long stepBudget() {
        return stepBudget;
    }

    /**
     * The statement the program on this thread entered last, or null: reset by {@link #forgetLastStatement} when a
     * program starts.
     */
    SourceSection lastStatement() {
        return lastStatement.get()[0];
    }

    /** Forgets the statement the program on this thread entered last, when a new program starts on it. */
    void forgetLastStatement() {
        lastStatement.get()[0] = null;
    }

    /** Whether programs run under the line tracer (always, but in a test of the engine's backstop). */
    boolean traced() {
        return traced;
    }

    /**
     * The program {@code text}, shown in tracebacks as {@code fileName} (e.g. {@code udp_server.py}), ready to run
     * on any number of boards.
     */
    public PythonProgram program(String fileName, String text) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Source source = programs.computeIfAbsent(fileName + "\u0000" + text,
                k -> Source.newBuilder("python", text, fileName).buildLiteral());
        return new PythonProgram(this, fileName, source, false);
    }

    /**
     * {@code source} as the board runs it: the board runtime's {@code guard} (called through {@code helpers}, in
     * the caller's context) turns every read of an attribute that leads to the interpreter's internals
     * ({@code f.__globals__}, {@code s.format}) into a checked call, on the same lines. Made once per program text:
     * the result depends on the text alone. A text that does not parse runs as it is, to fail with its syntax error.
     */
    Source guarded(Source source, Value helpers) {
        Source done = guarded.get(source);
        if (done != null) {
            return done;
        }
        String text = source.getCharacters().toString();
        String safe;
        try {
            safe = helpers.getMember("guard").execute(text, source.getName(), "exec").asString();
        } catch (PolyglotException e) {
            if (!e.isGuestException() || e.isExit()) {
                throw e;
            }
            safe = text; // a syntax error: the program fails with it when it runs
        }
        Source result = safe.equals(text) ? source
                : Source.newBuilder("python", safe, source.getName()).buildLiteral();
        Source earlier = guarded.putIfAbsent(source, result);
        return earlier != null ? earlier : result;
    }

    /**
     * What the board's MicroPython (v1.12-649, the firmware's) refuses in a program before it runs a line, where
     * GraalPy would run it: a {@code SyntaxError: invalid syntax} at {@code line}, with udpsim's {@code hint}
     * naming the feature (f-strings arrived in 1.17). The constructs and their sources are listed in
     * {@code micropython_1_12.py}: f-strings (the v1.17 release notes), {@code match}, positional-only parameters,
     * {@code except*} and decorator expressions, none of which py/grammar.h of the micropython repository has.
     */
    record Refusal(int line, String hint) {
    }

    /**
     * The first construct of {@code source} the board refuses, found from its parsed AST by the firmware check that
     * {@code helpers} holds (in the caller's context, before the program runs); made once per program text. Empty
     * for a text the board accepts, and for one GraalPy cannot parse either (the program fails with that error).
     */
    Optional<Refusal> refusal(Source source, Value helpers) {
        Optional<Refusal> done = refusals.get(source);
        if (done != null) {
            return done;
        }
        Value found = helpers.getMember("refusal").execute(source.getCharacters().toString());
        Optional<Refusal> result = found.isNull() ? Optional.empty()
                : Optional.of(new Refusal(found.getArrayElement(0).asInt(), found.getArrayElement(1).asString()));
        Optional<Refusal> earlier = refusals.putIfAbsent(source, result);
        return earlier != null ? earlier : result;
    }

    /**
     * A sandboxed context ready for a program: the board runtime set up in it around a {@link PyBoard} not yet
     * attached, its helpers, and where its statement limit reports.
     */
    record Fresh(Context context, PyBoard board, Value helpers, AtomicReference<Runnable> limitListener) {
        /** Sets what to run when the context's statement limit is hit. */
        void onLimit(Runnable listener) {
            limitListener.set(listener);
        }
    }

    /**
     * Starts making {@code count} contexts on background threads, one per processor, for boards whose programs
     * start soon: a context takes GraalPy tens to hundreds of milliseconds to initialize, and the simulation,
     * which runs one board at a time, would otherwise wait for each in turn.
     */
    public void prepare(int count) {
        int claimed;
        synchronized (this) {
            claimed = Math.min(spares, count);
            spares -= claimed;
        }
        make(count - claimed);
    }

    /**
     * Keeps {@code count} contexts made ahead, in the background, for runs yet to come: a served scenario runs
     * again as soon as a control changes, and its boards then need not wait for GraalPy. The next
     * {@link #prepare} counts them among its own.
     */
    public void keepSpares(int count) {
        int more;
        synchronized (this) {
            more = Math.max(0, count - spares);
            spares += more;
        }
        make(more);
    }

    private void make(int count) {
        ExecutorService p;
        synchronized (this) {
            if (pool == null) {
                pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                    Thread t = new Thread(r, "udpsim-python-context");
                    t.setDaemon(true);
                    return t;
                });
            }
            p = pool;
        }
        for (int i = 0; i < count; i++) {
            prepared.add(p.submit(this::fresh));
        }
    }

    /** A context for a program: one made by {@link #prepare} if there is one, else a new one. */
    Fresh context() {
        Future<Fresh> next = prepared.poll();
        if (next == null) {
            return fresh();
        }
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while GraalPy made a context", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("GraalPy could not make a context: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Closes a context whose program has ended, on a background thread when there is one: closing takes GraalPy
     * milliseconds that the simulation need not wait for.
     */
    void retire(Context context) {
        ExecutorService p;
        synchronized (this) {
            p = pool;
        }
        if (p == null || p.isShutdown()) {
            close(context);
            return;
        }
        p.execute(() -> close(context));
    }

    private static void close(Context context) {
        try {
            context.close();
        } catch (PolyglotException | IllegalStateException e) {
            try {
                context.close(true);
            } catch (PolyglotException | IllegalStateException ignored) {
                // a context cancelled by its statement limit reports that again when closed
            }
        }
    }

    private Fresh fresh() {
        AtomicReference<Runnable> listener = new AtomicReference<>(() -> { });
        Context c = newContext(ResourceLimits.newBuilder().statementLimit(stepBudget * BACKSTOP_FACTOR, COUNTED)
                .onLimit(event -> listener.get().run()).build());
        PyBoard board = new PyBoard();
        Value helpers = c.eval(boardRuntime).execute(board, ERRNOS, c.eval(firmware).execute());
        return new Fresh(c, board, helpers, listener);
    }

    /** A new sandboxed context on the shared engine, with {@code limits}. */
    private Context newContext(ResourceLimits limits) {
        return Context.newBuilder("python")
                .engine(engine)
                .allowIO(IOAccess.NONE)
                .allowNativeAccess(false)
                .allowCreateProcess(false)
                .allowCreateThread(false)
                .allowHostAccess(HOST_ACCESS)
                .allowHostClassLookup(className -> false)
                .allowHostClassLoading(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowInnerContextOptions(false)
                .allowValueSharing(false)
                .timeZone(ZoneOffset.UTC)
                .option("python.HashSeed", "0")
                .option("python.NoSiteFlag", "true")
                .option("python.NoUserSiteFlag", "true")
                .option("python.IsolateFlag", "true")
                .option("python.PosixModuleBackend", "java")
                .resourceLimits(limits)
                .build();
    }

    /** Closes the engine; programs still running on it fail. The shared runtime is never closed. */
    @Override
    public void close() {
        if (this != shared) {
            synchronized (this) {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            engine.close(true);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = PythonRuntime.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the board runtime's " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
