package org.udpsim.board;

import org.udpsim.kernel.SimProcess;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.trace.ProgramEnded;
import org.udpsim.transport.tcp.TcpConfig;
import org.udpsim.transport.tcp.TcpLayer;
import org.udpsim.transport.udp.UdpConfig;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.wifi.AccessPoint;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.wifi.Station;
import org.udpsim.wifi.WifiEnvironment;

/**
 * A simulated mPython board: an ESP32 on WiFi with a console, buttons and (in the runtime's Python names) the
 * functions a lesson program calls: {@code wifi()}, {@code socket}, {@code print}, {@code sleep}, {@code oled}.
 *
 * <p>The program runs as a {@link SimProcess}: its blocking calls wait in simulated time. An exception it does
 * not catch ends the program with a traceback in the console, as the board's REPL prints it; the rest of the
 * simulation goes on.
 */
public final class Board {
    /** The firmware's limit of open sockets; the next one raises ENFILE. */
    public static final int MAX_SOCKETS = 10;

    private final Network network;
    private final String name;
    private final Node node;
    private final Station station;
    private final WifiEnvironment wifiEnvironment;
    private final UdpLayer udp;
    private final TcpLayer tcp;
    private final Console console;
    private final BoardConfig config;
    /** The OLED, {@code oled}. */
    public final BoardOled oled;
    public final Button button_a;
    public final Button button_b;
    private int openSockets;
    private AccessPoint softAp;
    private final java.util.Map<String, Ipv4Address> softApReservations = new java.util.LinkedHashMap<>();
    private String programName;

    public Board(Network network, WifiEnvironment wifi, String name, BoardConfig config) {
        this.network = network;
        this.name = name;
        this.config = config;
        this.node = network.addHost(name);
        this.udp = UdpLayer.install(node, UdpConfig.BOARD);
        this.tcp = TcpLayer.install(node, TcpConfig.BOARD);
        this.station = wifi.addStation(node);
        this.wifiEnvironment = wifi;
        Simulation sim = network.simulation();
        this.console = new Console(name, sim::now, network.trace());
        this.oled = new BoardOled(this, network.trace());
        this.button_a = new Button(sim, network.trace(), name, "a");
        this.button_b = new Button(sim, network.trace(), name, "b");
    }

    public String name() {
        return name;
    }

    public Node node() {
        return node;
    }

    public Station station() {
        return station;
    }

    /** The WiFi of the network the board is in. */
    public WifiEnvironment wifiEnvironment() {
        return wifiEnvironment;
    }

    public Console console() {
        return console;
    }

    public BoardConfig config() {
        return config;
    }

    UdpLayer udp() {
        return udp;
    }

    TcpLayer tcp() {
        return tcp;
    }

    /** The name of the program the board runs, or null before {@link #start}. */
    public String programName() {
        return programName;
    }

    /** Starts {@code program} at {@code atNanos}, as the board does after reset. */
    public void start(long atNanos, String programName, LessonProgram program) {
        if (this.programName != null) {
            throw new IllegalStateException("board '" + name + "' already runs " + this.programName);
        }
        this.programName = programName;
        network.simulation().spawnAt(atNanos, name, self -> runProgram(program));
    }

    private void runProgram(LessonProgram program) {
        String error = null;
        try {
            program.run(this);
        } catch (PythonException e) {
            error = e.printed();
            console.flush();
            console.print("Traceback (most recent call last):");
            if (e.traceback().isEmpty()) {
                console.print("  File \"" + programName + "\", in <module>");
            }
            for (TracebackEntry entry : e.traceback()) {
                console.print(entry.printed());
            }
            console.print(error);
            if (!e.hint().isEmpty()) {
                console.print("udpsim: " + e.hint());
            }
        }
        console.flush();
        if (network.trace().isOn()) {
            network.trace().emit(new ProgramEnded(network.simulation().now(), name, programName, error));
        }
    }

    /** The process of the board's program; the blocking calls below may be made only from it. */
    SimProcess process() {
        SimProcess p = network.simulation().currentProcess();
        if (p == null) {
            throw new IllegalStateException("board '" + name + "': a blocking call outside the board's program");
        }
        return p;
    }

    // ---- the Python API ----

    /** {@code wifi()}: the board's WiFi, with its station interface {@code sta}. */
    public Wifi wifi() {
        return new Wifi(this);
    }

    /** {@code socket.socket()}: a stream socket, the default. */
    public BoardSocket socket() {
        return socket(BoardSocket.AF_INET, BoardSocket.SOCK_STREAM);
    }

    /** {@code socket.socket(family, type)}; the 11th open socket raises ENFILE. */
    public BoardSocket socket(int family, int type) {
        socketOpening();
        BoardSocket s = new BoardSocket(this, family, type);
        socketOpened();
        return s;
    }

    /** Raises ENFILE if the board already has its 10 sockets open. */
    void socketOpening() {
        if (openSockets >= MAX_SOCKETS) {
            throw new OSError(Errno.ENFILE);
        }
    }

    void socketOpened() {
        openSockets++;
    }

    /**
     * Switches the board's soft access point on, replacing one already on: an access point hosted by the board's
     * own node, so it has the board's name and the board is its gateway (see
     * {@link WifiEnvironment#addHostedAccessPoint}); the reservations made with {@link #reserveOnSoftAp} apply.
     */
    void enableSoftAp(AccessPointConfig config) {
        disableSoftAp();
        AccessPointConfig reserved = config;
        for (java.util.Map.Entry<String, Ipv4Address> r : softApReservations.entrySet()) {
            reserved = reserved.withReservation(r.getKey(), r.getValue());
        }
        softAp = wifiEnvironment.addHostedAccessPoint(node, reserved);
    }

    /**
     * Makes the board's soft access point, whenever its program switches it on, give the station {@code station}
     * the address {@code address} by DHCP (a scenario's {@code ip:} for a board that joins it).
     */
    public void reserveOnSoftAp(String station, Ipv4Address address) {
        softApReservations.put(station, address);
    }

    /**
     * The board's address now: its station's while it has one, else its soft access point's (192.168.4.1) while that
     * is on, else {@code 0.0.0.0}.
     */
    public Ipv4Address address() {
        if (station.isConnected()) {
            return station.config().ip();
        }
        return softAp != null ? softAp.config().gateway() : Ipv4Address.ANY;
    }

    /** Switches the board's soft access point off, if it is on. */
    void disableSoftAp() {
        if (softAp != null) {
            wifiEnvironment.removeAccessPoint(softAp);
            softAp = null;
        }
    }

    /** The board's soft access point while it is on, else null. */
    public AccessPoint softAccessPoint() {
        return softAp;
    }

    void socketClosed() {
        openSockets--;
    }

    /** The board's {@code print(*args)}; with no argument it raises TypeError, as the firmware's print does. */
    public void print(Object... args) {
        if (args.length == 0) {
            throw new PythonException("TypeError", "print() takes at least 1 argument on this board");
        }
        console.print(args);
    }

    /** {@code print(*args, end=end)}. */
    public void printEnd(String end, Object... args) {
        console.print(args, " ", end);
    }

    /** {@code sleep(s)}: waits {@code seconds} of simulated time. */
    public void sleep(double seconds) {
        if (seconds < 0) {
            throw new PythonException("ValueError", "sleep length must be non-negative");
        }
        process().sleep(SimTime.seconds(seconds));
    }

    /** {@code sleep_ms(ms)}. */
    public void sleep_ms(long ms) {
        process().sleep(SimTime.millis(Math.max(0, ms)));
    }

    /** {@code sleep_us(us)}. */
    public void sleep_us(long us) {
        process().sleep(SimTime.micros(Math.max(0, us)));
    }

    /** {@code time.ticks_ms()}: milliseconds since the simulation began, wrapping like the firmware's 30-bit tick. */
    public long ticks_ms() {
        return (network.simulation().now() / SimTime.MILLISECOND) & ((1L << 30) - 1);
    }

    /** {@code time.time()}: whole seconds since the simulation began. */
    public long time() {
        return network.simulation().now() / SimTime.SECOND;
    }
}
