package org.udpsim.python;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.udpsim.board.Board;
import org.udpsim.board.Errno;
import org.udpsim.board.OSError;
import org.udpsim.board.PythonException;
import org.udpsim.board.TracebackEntry;
import org.udpsim.kernel.ProcessTerminated;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;

/**
 * One run of a Python program on one board: its context, the board runtime's helpers, and the rules every call from
 * the program into the board follows.
 *
 * <p>A call from the program: a Java {@link PythonException} becomes the Python exception (an {@code OSError}
 * keeps its errno in {@code e.args[0]}); a call that waited in simulated time resets the step budget; the end of the
 * simulation ({@link ProcessTerminated}) and a failure of the runtime itself end the program through the context's
 * exit, which no {@code except:} can catch.
 *
 * <p>Program lines take no simulated time, as the Java ports' code does, with one exception: a call that polls
 * (reads the clock, a button, {@code isconnected()}, or a non-blocking receive that finds nothing) first lets the
 * board's clock catch up with the lines run since the program last waited, {@link #LINE_NANOS} each [est], at least
 * {@code LINE_NANOS} and doubling with every poll in a row up to {@link #MAX_POLL_NANOS}. So busy-wait loops like
 * {@code while not button_a.was_pressed(): pass} see time pass, as on the board, instead of spinning for ever.
 */
final class Session {
    /** The board's time for one program line, charged only when the program polls [est]. */
    static final long LINE_NANOS = SimTime.micros(10);
    /** The most one poll in a row of polls takes. */
    static final long MAX_POLL_NANOS = SimTime.millis(1);
    /** The exit status the runtime ends a program with; the program's own sys.exit() is told apart by the reason. */
    private static final int STOP_STATUS = 75;

    private enum Stop { BUDGET, RECURSION, MEMORY, TERMINATED, INTERNAL, RESET }

    private final PythonRuntime runtime;
    private final Board board;
    private final String fileName;
    private final Source source;
    /** Whether the program runs with all of GraalPy's Python, without MicroPython 1.12's refusals. */
    private final boolean full;
    private final Simulation sim;
    private Context context;
    private Value describe;
    private Value makeError;
    private Value hardExit;
    private Value steps;
    private Stop stop;
    private Throwable stopCause;
    private List<TracebackEntry> stopWhere = List.of();
    private long memoryAsked;
    private volatile boolean limitHit;
    /** Where the engine's statement limit stopped the program, outermost first. */
    private List<TracebackEntry> limitWhere = List.of();
    private int pollStreak;

    Session(PythonRuntime runtime, Board board, String fileName, Source source, boolean full) {
        this.runtime = runtime;
        this.board = board;
        this.fileName = fileName;
        this.source = source;
        this.full = full;
        this.sim = board.node().simulation();
    }

    Board board() {
        return board;
    }

    Simulation simulation() {
        return sim;
    }

    /** Runs the program to its end; an uncaught exception leaves as a {@link PythonException} with its traceback. */
    void run() {
        PythonRuntime.Fresh fresh = runtime.context();
        context = fresh.context();
        fresh.onLimit(this::limitReached);
        fresh.board().attach(this);
        try {
            Value helpers = fresh.helpers();
            describe = member(helpers, "describe");
            makeError = member(helpers, "make_error");
            hardExit = member(helpers, "hard_exit");
            steps = member(helpers, "steps");
            Value start = member(helpers, "start");
            if (!full) {
                runtime.refusal(source, helpers).ifPresent(r -> {
                    // the board's parser refuses the file: not a line of it runs
                    throw new PythonException("SyntaxError", "invalid syntax",
                            List.of(new TracebackEntry(fileName, r.line(), null)), r.hint());
                });
            }
            Source program = runtime.guarded(source, helpers);
            context.resetLimits();
            runtime.forgetLastStatement();
            start.execute(fileName, runtime.stepBudget(),
                    sim.random().stream("board:" + board.name() + "/python").nextLong(), runtime.traced(), full);
            context.eval(program);
        } catch (PolyglotException e) {
            ended(e);
        } finally {
            closeContext();
        }
    }

    /** Turns how the program ended into what the board prints, or passes the end of the simulation on. */
    private void ended(PolyglotException e) {
        if (stop != null) {
            switch (stop) {
                case TERMINATED -> throw (Error) stopCause;
                case INTERNAL -> throw new IllegalStateException("board '" + board.name() + "': the Python runtime"
                        + " failed running " + fileName + ": " + stopCause, stopCause);
                case BUDGET -> throw new PythonException("KeyboardInterrupt", "udpsim stopped the program after "
                        + runtime.stepBudget() + " lines without waiting (no sleep, receive or other blocking"
                        + " call); the board would hang here", stopWhere);
                case RECURSION -> throw new PythonException("RuntimeError", "maximum recursion depth exceeded",
                        stopWhere);
                case MEMORY -> throw new PythonException("MemoryError", "memory allocation failed, allocating "
                        + memoryAsked + " bytes", stopWhere);
                case RESET -> {
                    return;
                }
            }
        }
        if (limitHit) {
            throw new PythonException("KeyboardInterrupt", "udpsim stopped the program after more than "
                    + runtime.stepBudget() * PythonRuntime.BACKSTOP_FACTOR + " statements without waiting; the board"
                    + " would hang here", limitWhere);
        }
        if (e.isExit()) {
            return; // sys.exit() or SystemExit: the program ends, as on the board
        }
        if (e.isGuestException() && !e.isInternalError() && e.getGuestObject() != null
                && e.getGuestObject().isException()) {
            throw uncaught(describe.execute(e.getGuestObject()));
        }
        // what the sandbox refused below Python (a thread, say): the program ends, the others go on
        String message = String.valueOf(e.getMessage()).replaceFirst("^java\\.lang\\.[A-Za-z]+: ", "");
        throw new PythonException("RuntimeError", "not possible on the simulated board: " + message,
                programFrames(e));
    }

    /**
     * The engine's statement limit was reached, on the program's thread: no guest code can run any more, but an
     * exception thrown here from the host carries the guest frames under it (each frame's line is its call's, the
     * innermost frame has none), and the statement the program entered last gives the innermost line.
     */
    private void limitReached() {
        limitHit = true;
        SourceSection last = runtime.lastStatement();
        List<TracebackEntry> where = new ArrayList<>();
        try {
            makeError.execute("KeyboardInterrupt", -1, "").throwException();
        } catch (PolyglotException e) {
            boolean innermost = true;
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                if (!f.isGuestFrame()) {
                    continue;
                }
                SourceSection at = innermost && f.getSourceLocation() == null ? last : f.getSourceLocation();
                innermost = false;
                if (at != null && at.getSource().getName().equals(fileName)) {
                    where.add(0, new TracebackEntry(fileName, Math.max(0, at.getStartLine()), f.getRootName()));
                }
            }
        } catch (RuntimeException e) {
            // the frames are a nicety: the program is stopped all the same
        }
        limitWhere = where.isEmpty() ? List.of(new TracebackEntry(fileName, 0, null)) : where;
    }

    /** The program's own frames in a GraalPy stack trace, outermost first. */
    private List<TracebackEntry> programFrames(PolyglotException e) {
        List<TracebackEntry> where = new ArrayList<>();
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            SourceSection at = f.getSourceLocation();
            if (f.isGuestFrame() && at != null && at.getSource().getName().equals(fileName)) {
                where.add(0, new TracebackEntry(fileName, Math.max(0, at.getStartLine()), f.getRootName()));
            }
        }
        return where.isEmpty() ? List.of(new TracebackEntry(fileName, 0, null)) : where;
    }

    /** The runtime's {@code Uncaught} (type, text, frames outermost first) as the exception the board prints. */
    private static PythonException uncaught(Value d) {
        List<TracebackEntry> where = new ArrayList<>();
        Value frames = member(d, "frames");
        for (long i = 0; i < frames.getArraySize(); i++) {
            where.add(frame(frames.getArrayElement(i)));
        }
        return new PythonException(member(d, "type").asString(), member(d, "text").asString(), where);
    }

    /** The runtime's {@code Frame}: its file, line and function (None for a syntax error's line). */
    private static TracebackEntry frame(Value f) {
        Value function = member(f, "function");
        return new TracebackEntry(member(f, "file").asString(), member(f, "line").asInt(),
                function.isNull() ? null : function.asString());
    }

    /**
     * The member {@code name} of an object the board runtime made: its helpers, an {@code Uncaught}, a
     * {@code Frame}. Read by name, so that the two sides cannot drift apart silently.
     *
     * @throws IllegalStateException if the runtime has no such member
     */
    private static Value member(Value v, String name) {
        if (!v.hasMember(name)) {
            throw new IllegalStateException("the board runtime's " + v.getMetaObject() + " has no member '" + name
                    + "'");
        }
        return v.getMember(name);
    }

    private void closeContext() {
        runtime.retire(context);
    }

    // ---- calls from the program ----

    /** A call that may wait: a wait resets the step budget. */
    <T> T call(Supplier<T> body) {
        return call(body, false);
    }

    /** A call that polls: the board's clock first catches up with the lines run since the last wait. */
    <T> T poll(Supplier<T> body) {
        return call(body, true);
    }

    void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        }, false);
    }

    private <T> T call(Supplier<T> body, boolean polls) {
        if (stop != null) {
            throw exit();
        }
        long before = sim.now();
        try {
            if (polls) {
                chargeLines();
            }
            T result;
            try {
                result = body.get();
            } catch (OSError e) {
                if (e.errno() == Errno.EAGAIN && sim.now() == before) {
                    chargeLines(); // a non-blocking receive that found nothing: the board's loop takes time
                }
                throw e;
            }
            if (!polls && sim.now() != before) {
                waited();
            }
            return result;
        } catch (PolyglotException e) {
            throw e; // a guest exception or the exit, on its way back through this call
        } catch (PythonException e) {
            if (!polls && sim.now() != before) {
                waited();
            }
            throw raise(e);
        } catch (ProcessTerminated e) {
            throw stop(Stop.TERMINATED, e, List.of());
        } catch (RuntimeException | Error e) {
            throw stop(Stop.INTERNAL, e, List.of());
        }
    }

    /** The program ran past its step budget at {@code where}, the runtime's Frames innermost first. */
    RuntimeException overBudget(Value where) {
        return stop(Stop.BUDGET, null, traceback(where));
    }

    /**
     * The program nested more calls than the board allows, at {@code where}. It ends (on the board a
     * RuntimeError it could catch): a limit GraalPy would reach at a depth that varies from run to run is worse.
     */
    RuntimeException tooDeep(Value where) {
        return stop(Stop.RECURSION, null, traceback(where));
    }

    /**
     * What the program holds outgrew the board's heap, found by the line tracer at {@code where} (the board would
     * have failed the allocation of {@code bytes} there). It ends: the tracer cannot raise into the program.
     */
    RuntimeException outOfMemory(Value where, long bytes) {
        memoryAsked = bytes;
        return stop(Stop.MEMORY, null, traceback(where));
    }

    /** The runtime's Frames, innermost first, as a traceback; a run of the same line (a recursion) is one line. */
    private static List<TracebackEntry> traceback(Value where) {
        List<TracebackEntry> entries = new ArrayList<>();
        for (long i = where.getArraySize() - 1; i >= 0; i--) {
            TracebackEntry e = frame(where.getArrayElement(i));
            if (entries.isEmpty() || !entries.get(entries.size() - 1).equals(e)) {
                entries.add(e);
            }
        }
        return entries;
    }

    /** {@code machine.reset()}: the program ends (the simulated board does not boot again). */
    RuntimeException reset() {
        return stop(Stop.RESET, null, List.of());
    }

    private void waited() {
        pollStreak = 0;
        resetSteps();
    }

    private void chargeLines() {
        long lines = Math.max(1, steps.getMember("lines").asLong());
        long streak = Math.min(MAX_POLL_NANOS, LINE_NANOS << Math.min(pollStreak, 20));
        pollStreak++;
        board.sleep_us(Math.max(lines * LINE_NANOS, streak) / SimTime.MICROSECOND);
        resetSteps();
    }

    private void resetSteps() {
        steps.putMember("lines", 0);
        steps.putMember("host_lines", 0);
        context.resetLimits();
    }

    /** Raises {@code e} in the program as the Python exception the board raises. */
    private RuntimeException raise(PythonException e) {
        int code = e instanceof OSError os && os.errno() != null ? os.errno().code() : -1;
        makeError.execute(e.type(), code, e.text()).throwException();
        return new IllegalStateException("unreachable: throwException returned");
    }

    /** Ends the program through the context's exit, which unwinds every Python frame without running handlers. */
    private RuntimeException stop(Stop reason, Throwable cause, List<TracebackEntry> where) {
        if (stop == null) {
            stop = reason;
            stopCause = cause;
            stopWhere = where;
        }
        return exit();
    }

    private RuntimeException exit() {
        if (hardExit == null) {
            return new IllegalStateException("board '" + board.name() + "': the Python runtime failed to start",
                    stopCause);
        }
        hardExit.executeVoid(STOP_STATUS);
        return new IllegalStateException("unreachable: the context's exit returned");
    }

    /** Bytes the program passes: {@code bytes}, {@code bytearray}, {@code memoryview}, or a {@code str} as UTF-8. */
    static Object data(Value v) {
        if (v.isString()) {
            return v.asString();
        }
        if (v.hasBufferElements()) {
            byte[] b = new byte[Math.toIntExact(v.getBufferSize())];
            v.readBuffer(0, b, 0, b.length);
            return b;
        }
        throw new PythonException("TypeError", "object with buffer protocol required");
    }

    /** Bytes for the program, as a Latin-1 string the board runtime turns into {@code bytes}. */
    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
