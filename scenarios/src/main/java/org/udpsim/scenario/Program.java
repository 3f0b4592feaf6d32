package org.udpsim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The programs a board or PC can run, with the arguments each takes: the table the loader checks {@code args:}
 * against and the wiring reads. The four {@code java:} programs are the tutorial's lesson programs (10.3 TCP,
 * 10.4 UDP) ported line by line to Java against the board API; they run on boards. The others are event-driven
 * traffic applications for boards and PCs. A {@code .py} file ({@link #PYTHON}) is a MicroPython program run as
 * it is on a board.
 */
public enum Program {
    /** 10.4: sends {@code b'hello message from mPython\r\n'} to the server every 2 s, forever. */
    UDP_CLIENT("java:udp-client", true, false, "the 10.4 UDP client: sends 'hello message from mPython' every 2 s",
            Param.withDefault(Arg.SERVER, ArgType.IPV4, "192.168.0.3", "the server's address"),
            Param.withDefault(Arg.PORT, ArgType.PORT, "6000", "the server's port"),
            Param.withDefault(Arg.EVERY, ArgType.INTERVAL, "2s",
                    "the pause after each datagram (the lesson's sleep(2))")),
    /** 10.4: binds port 6000, prints and shows each datagram on the OLED. */
    UDP_SERVER("java:udp-server", true, false, "the 10.4 UDP server: prints and shows every datagram it receives",
            Param.withDefault(Arg.PORT, ArgType.PORT, "6000", "the port it binds")),
    /** 10.3: connects to the server, sends a greeting, then echoes what it receives. */
    TCP_CLIENT("java:tcp-client", true, true, "the 10.3 TCP client: connects, greets, then echoes",
            Param.withDefault(Arg.SERVER, ArgType.IPV4, "192.168.0.3", "the server's address"),
            Param.withDefault(Arg.PORT, ArgType.PORT, "5001", "the server's port")),
    /** 10.3: listens on port 5001 and echoes every connection's data. */
    TCP_SERVER("java:tcp-server", true, true, "the 10.3 TCP server: accepts connections and echoes their data",
            Param.withDefault(Arg.PORT, ArgType.PORT, "5001", "the port it listens on")),
    /** Sends every datagram back to where it came from. */
    UDP_ECHO("udp-echo", false, false, "sends every datagram back to its sender",
            Param.withDefault(Arg.PORT, ArgType.PORT, "7", "the port it binds (7 is the echo service)")),
    /** Receives and counts datagrams. */
    UDP_SINK("udp-sink", false, false, "receives datagrams and counts them",
            Param.withDefault(Arg.PORT, ArgType.PORT, "9", "the port it binds (9 is the discard service)")),
    /** Sends a datagram of a fixed size at a fixed interval; its first 4 bytes carry a sequence number. */
    UDP_SENDER("udp-sender", false, false,
            "sends a datagram every interval; the first 4 payload bytes carry its sequence number",
            Param.required(Arg.TO, ArgType.ENDPOINT, "where to send, IP:PORT"),
            Param.withDefault(Arg.EVERY, ArgType.INTERVAL, "1s", "the interval between datagrams"),
            Param.withDefault(Arg.SIZE, ArgType.PAYLOAD_SIZE, "64", "the payload size in bytes, 4-65507"),
            Param.optional(Arg.COUNT, ArgType.COUNT, "how many datagrams to send; no limit if left out"),
            Param.withDefault(Arg.START, ArgType.DURATION, "0s",
                    "when the first datagram goes, after the program starts")),
    /** Sends a numbered stream of messages over UDP or TCP: the same stream, to compare the two. */
    MESSAGE_SENDER("message-sender", false, false,
            "sends a numbered stream of messages over UDP or TCP (compare: [udp, tcp] sends it over both)",
            Param.required(Arg.TO, ArgType.ENDPOINT, "where to send, IP:PORT (a message-receiver)"),
            Param.withDefault(Arg.EVERY, ArgType.INTERVAL, "100ms", "the interval between messages"),
            Param.withDefault(Arg.SIZE, ArgType.MESSAGE_SIZE, "32", "the message size in bytes, 16-65507"),
            Param.withDefault(Arg.COUNT, ArgType.COUNT, "100", "how many messages to send"),
            Param.withDefault(Arg.START, ArgType.DURATION, "0s",
                    "when the first message goes, after the program starts"),
            Param.withDefault(Arg.PROTOCOL, ArgType.PROTOCOL, "udp", "udp or tcp (a comparison sets it for each run)")),
    /** Receives a message-sender's stream and records each message's arrival. */
    MESSAGE_RECEIVER("message-receiver", false, false, "receives a message-sender's stream over UDP or TCP",
            Param.withDefault(Arg.PORT, ArgType.PORT, "7000", "the port it receives on"),
            Param.withDefault(Arg.SIZE, ArgType.MESSAGE_SIZE, "32", "the message size in bytes: the sender's"),
            Param.withDefault(Arg.PROTOCOL, ArgType.PROTOCOL, "udp", "udp or tcp (a comparison sets it for each run)")),
    /**
     * A MicroPython program file ({@code program: udp_server.py}) next to the scenario, run unmodified in GraalPy
     * on a board; it takes no arguments (its values are in its source). Not in {@link #ids()}: a scenario names
     * the file, not this entry.
     */
    PYTHON(".py", true, false, "a MicroPython program file next to the scenario, run on a board as it is");

    private final String id;
    private final boolean lesson;
    private final boolean needsTcp;
    private final String description;
    private final List<Param<?>> params;

    Program(String id, boolean lesson, boolean needsTcp, String description, Param<?>... params) {
        this.id = id;
        this.lesson = lesson;
        this.needsTcp = needsTcp;
        this.description = description;
        this.params = List.of(params);
    }

    /** The name a scenario writes after {@code program:}, e.g. {@code java:udp-client}. */
    public String id() {
        return id;
    }

    /** True for the tutorial's lesson programs, which need a board (WiFi, OLED, buttons). */
    public boolean isLesson() {
        return lesson;
    }

    /** True if the program uses TCP. */
    public boolean needsTcp() {
        return needsTcp;
    }

    /** One line on what the program does. */
    public String description() {
        return description;
    }

    /** The arguments it takes, in documentation order. */
    public List<Param<?>> params() {
        return params;
    }

    /** True if the program takes {@code arg}. */
    public boolean takes(Arg<?> arg) {
        return params.stream().anyMatch(p -> p.arg().equals(arg));
    }

    /** True for {@link #PYTHON}, a program given as a {@code .py} file rather than by name. */
    public boolean isFile() {
        return this == PYTHON;
    }

    /** The program a scenario calls {@code id}; a {@code .py} file is resolved apart. */
    public static Optional<Program> byId(String id) {
        return named().stream().filter(p -> p.id.equals(id)).findFirst();
    }

    /** The programs a scenario names by id (every one but {@link #PYTHON}), in table order. */
    public static List<Program> named() {
        return Arrays.stream(values()).filter(p -> !p.isFile()).collect(Collectors.toUnmodifiableList());
    }

    /** Every named program's id, in table order. */
    public static List<String> ids() {
        return named().stream().map(Program::id).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String toString() {
        return id;
    }
}
