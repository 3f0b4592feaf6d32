package org.udpsim.run;

import org.udpsim.board.LessonProgram;
import org.udpsim.board.SocketAddress;
import org.udpsim.lessons.TcpClientLesson;
import org.udpsim.lessons.TcpServerLesson;
import org.udpsim.lessons.UdpClientLesson;
import org.udpsim.lessons.UdpServerLesson;
import org.udpsim.scenario.AccessPoint;
import org.udpsim.scenario.Endpoint;
import org.udpsim.scenario.Program;
import org.udpsim.scenario.ProgramArgs;

/**
 * Turns a scenario's {@code program:} and {@code args:} into what a board runs. The lesson programs join the WiFi
 * of the board's access point (the tutorial's "ssid"/"password" stand for the classroom's network); an application
 * on a board joins it the same way, then runs without a thread.
 */
final class Programs {
    private Programs() {
    }

    static LessonProgram forBoard(Program program, ProgramArgs args, AccessPoint ap, long endNanos) {
        return switch (program) {
            case UDP_CLIENT -> new UdpClientLesson(ap.ssid(), ap.password(),
                    new SocketAddress(args.address("server").toString(), args.integer("port")),
                    args.nanos("every") / 1e9);
            case UDP_SERVER -> new UdpServerLesson(ap.ssid(), ap.password(), args.integer("port"));
            case TCP_CLIENT -> new TcpClientLesson(ap.ssid(), ap.password(),
                    new SocketAddress(args.address("server").toString(), args.integer("port")));
            case TCP_SERVER -> new TcpServerLesson(ap.ssid(), ap.password(), args.integer("port"));
            case UDP_ECHO, UDP_SINK, UDP_SENDER, MESSAGE_SENDER, MESSAGE_RECEIVER -> board -> {
                board.wifi().connectWiFi(ap.ssid(), ap.password());
                Apps.start(program, args, board.node(), endNanos);
            };
        };
    }

    /** A short description of where an application sends, for summaries. */
    static String describe(Program program, ProgramArgs args) {
        if (program == Program.UDP_SENDER) {
            Endpoint to = args.endpoint("to");
            return program.id() + " to " + to;
        }
        if (program == Program.MESSAGE_SENDER) {
            return program.id() + " (" + args.get("protocol").orElseThrow() + ") to " + args.endpoint("to");
        }
        if (program == Program.MESSAGE_RECEIVER) {
            return program.id() + " (" + args.get("protocol").orElseThrow() + ")";
        }
        return program.id();
    }
}
