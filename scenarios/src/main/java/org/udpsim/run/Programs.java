package org.udpsim.run;

import org.udpsim.board.LessonProgram;
import org.udpsim.board.SocketAddress;
import org.udpsim.lessons.TcpClientLesson;
import org.udpsim.lessons.TcpServerLesson;
import org.udpsim.lessons.UdpClientLesson;
import org.udpsim.lessons.UdpServerLesson;
import org.udpsim.python.PythonProgram;
import org.udpsim.python.PythonRuntime;
import org.udpsim.scenario.Arg;
import org.udpsim.scenario.Program;
import org.udpsim.scenario.ProgramArgs;
import org.udpsim.scenario.PythonSource;
import org.udpsim.wifi.AccessPointConfig;

/**
 * Turns a scenario's {@code program:} and {@code args:} into what a board runs. The Java ports of the lesson
 * programs join the WiFi of the board's access point (the tutorial's "ssid"/"password" stand for the classroom's
 * network); an application on a board joins it the same way, then runs without a thread. A {@code .py} program runs
 * in the JVM's shared {@link PythonRuntime} and joins whatever network its source names, as a real board does.
 */
final class Programs {
    private Programs() {
    }

    /** What {@code board} runs: its {@code .py} file in GraalPy, or the named program. */
    static LessonProgram forBoard(org.udpsim.scenario.Board board, AccessPointConfig ap, long endNanos) {
        if (board.python().isPresent()) {
            PythonSource file = board.python().get();
            PythonProgram program = PythonRuntime.shared().program(file.fileName(), file.text());
            return file.full() ? program.fullPython() : program;
        }
        return forBoard(board.program(), board.args(), ap, endNanos);
    }

    static LessonProgram forBoard(Program program, ProgramArgs args, AccessPointConfig ap, long endNanos) {
        return switch (program) {
            case UDP_CLIENT -> new UdpClientLesson(ap.ssid(), ap.password(),
                    new SocketAddress(args.get(Arg.SERVER).toString(), args.get(Arg.PORT)),
                    args.get(Arg.EVERY) / 1e9);
            case UDP_SERVER -> new UdpServerLesson(ap.ssid(), ap.password(), args.get(Arg.PORT));
            case TCP_CLIENT -> new TcpClientLesson(ap.ssid(), ap.password(),
                    new SocketAddress(args.get(Arg.SERVER).toString(), args.get(Arg.PORT)));
            case TCP_SERVER -> new TcpServerLesson(ap.ssid(), ap.password(), args.get(Arg.PORT));
            case PYTHON -> throw new IllegalArgumentException("a .py program runs from its file, which is not given");
            case UDP_ECHO, UDP_SINK, UDP_SENDER, MESSAGE_SENDER, MESSAGE_RECEIVER -> board -> {
                board.wifi().connectWiFi(ap.ssid(), ap.password());
                Apps.start(program, args, board.node(), endNanos);
            };
        };
    }

    /** A short description of where an application sends, for summaries. */
    static String describe(Program program, ProgramArgs args) {
        return switch (program) {
            case UDP_SENDER -> program.id() + " to " + args.get(Arg.TO);
            case MESSAGE_SENDER -> program.id() + " (" + args.get(Arg.PROTOCOL).label() + ") to " + args.get(Arg.TO);
            case MESSAGE_RECEIVER -> program.id() + " (" + args.get(Arg.PROTOCOL).label() + ")";
            default -> program.id();
        };
    }
}
