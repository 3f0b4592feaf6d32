package org.udpsim.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.udpsim.board.Board;
import org.udpsim.board.BoardConfig;
import org.udpsim.board.LessonProgram;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.ProgramEnded;
import org.udpsim.trace.TraceRecorder;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.wifi.WifiEnvironment;

/**
 * The tutorial's classroom for Python programs: a router, an access point "ssid"/"password" on 192.168.0.0/24 with
 * 192.168.0.3 reserved for the board called "server", and boards running programs given as text or lesson files.
 */
final class Classroom implements AutoCloseable {
    static final Path LESSONS = Path.of("lessons");

    final Simulation sim;
    final Network net;
    final WifiEnvironment wifi;
    final TraceRecorder trace = new TraceRecorder();
    private final PythonRuntime runtime;

    Classroom(PythonRuntime runtime) {
        this.runtime = runtime;
        sim = new Simulation(1);
        net = new Network(sim);
        net.trace().addListener(trace);
        wifi = new WifiEnvironment(net);
        Node gateway = net.addRouter("gateway");
        wifi.addAccessPoint("classroom", AccessPointConfig.builder("ssid").password("password")
                .subnet("192.168.0.0/24").reserve("server", "192.168.0.3").build(), gateway,
                LinkConfig.of(100_000_000, SimTime.micros(50)));
    }

    Classroom() {
        this(PythonRuntime.shared());
    }

    /** A board running {@code program} from {@code atSeconds}. */
    Board board(String name, double atSeconds, String programName, LessonProgram program) {
        Board b = new Board(net, wifi, name, BoardConfig.DEFAULT);
        b.start(SimTime.seconds(atSeconds), programName, program);
        return b;
    }

    /** A board running the Python {@code source}, shown as {@code fileName}. */
    Board python(String name, double atSeconds, String fileName, String source) {
        return board(name, atSeconds, fileName, runtime.program(fileName, source));
    }

    /** A board running one of the shipped lesson files. */
    Board lesson(String name, double atSeconds, String file) {
        return python(name, atSeconds, file, read(file));
    }

    static String read(String lessonFile) {
        try {
            return Files.readString(LESSONS.resolve(lessonFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void runFor(double seconds) {
        sim.runUntil(SimTime.seconds(seconds));
    }

    List<String> console(String board) {
        List<String> lines = new ArrayList<>();
        for (ConsoleLine l : trace.ofType(ConsoleLine.class)) {
            if (l.board().equals(board)) {
                lines.add(l.text());
            }
        }
        return lines;
    }

    /** Each console line with its time: {@code 1.234567890 text}. */
    List<String> timedConsole(String board) {
        List<String> lines = new ArrayList<>();
        for (ConsoleLine l : trace.ofType(ConsoleLine.class)) {
            if (l.board().equals(board)) {
                lines.add(l.time() + " " + l.text());
            }
        }
        return lines;
    }

    /** Each OLED frame as its time and its texts. */
    List<String> frames(String board) {
        List<String> out = new ArrayList<>();
        for (OledFrameShown f : trace.ofType(OledFrameShown.class)) {
            if (f.board().equals(board)) {
                out.add(f.time() + " " + f.frame().texts());
            }
        }
        return out;
    }

    /** The error the board's program ended with, null if it ended without one, "running" if it has not ended. */
    String ending(String board) {
        for (ProgramEnded e : trace.ofType(ProgramEnded.class)) {
            if (e.board().equals(board)) {
                return e.error() == null ? null : e.error();
            }
        }
        return "running";
    }

    @Override
    public void close() {
        sim.close();
    }
}
