package org.udpsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.udpsim.board.Wifi;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.Names;
import org.udpsim.topology.Topology;
import org.udpsim.topology.WiredLink;
import org.udpsim.wifi.AccessPointConfig;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code boards:} and {@code pcs:}: programs and their arguments, WiFi attachment, reservations, groups. */
final class HostReader {
    /** The largest group; a classroom has far fewer boards, and a group is one line to mistype. */
    static final int MAX_GROUP = 10_000;

    private record Reservation(String owner, Node at) {
    }

    private final Problems problems;
    private final NodeNames names;
    private final Topology network;
    private final ProgramResolver programs;
    private final NetworkReader networkReader;
    private final Map<Ipv4Address, Reservation> reserved = new LinkedHashMap<>();

    HostReader(Problems problems, NodeNames names, Topology network, ProgramResolver programs,
            NetworkReader networkReader) {
        this.problems = problems;
        this.names = names;
        this.network = network;
        this.programs = programs;
        this.networkReader = networkReader;
    }

    /** The boards of one entry under {@code boards:}: one, or a group's members in order. */
    List<Board> boards(Nodes.Entry e) {
        int before = problems.count();
        String name = e.key();
        String who = "board '" + name + "'";
        Fields f = Fields.at(problems, "boards.*", e.value(), e.keyNode(), who);
        Optional<ProgramResolver.Resolved> resolved = programs.resolve(f, true, who);
        Optional<Program> program = resolved.map(ProgramResolver.Resolved::program);
        Optional<PythonSource> python = resolved.flatMap(ProgramResolver.Resolved::python);
        if (f.has("python") && resolved.isPresent() && python.isEmpty()) {
            problems.at(f.value("python"), "python: is for a board whose program is a .py file; " + who + " runs "
                    + resolved.get().program().id());
        }
        ProgramArgs args = program.map(p -> args(f, p)).orElse(null);
        long start = f.time("start").orElse(Defaults.START_NANOS);
        Optional<Long> count = f.wholeNumber("count", 1, MAX_GROUP);
        Optional<AccessPointConfig> softAp = f.has("soft_ap") ? softAp(f, name, who, python) : Optional.empty();
        Optional<String> ap = wifi(f, who, name, !f.has("soft_ap"));
        Optional<Ipv4Address> ip = Optional.empty();
        if (f.has("ip") && f.has("count")) {
            problems.at(f.value("ip"), "a group (count) cannot have a fixed ip: each member needs its own address;"
                    + " leave ip out and DHCP gives each one");
        } else if (f.has("ip") && f.has("soft_ap") && ap.isEmpty() && !f.has("ap")) {
            problems.at(f.value("ip"), who + " serves its own access point and joins none, so it is 192.168.4.1;"
                    + " ip: is a reservation on the network a board joins");
        } else {
            ip = reservation(f, ap, who);
        }
        List<ButtonPress> buttons = buttons(f, name);
        if (python.isPresent() && fullPython(f, who)) {
            python = python.map(PythonSource::fullPython);
        }
        if (problems.count() != before || program.isEmpty() || (ap.isEmpty() && softAp.isEmpty())
                || !Names.isValid(name)) {
            return List.of();
        }
        if (count.isEmpty()) {
            return List.of(new Board(name, program.get(), args, ap, ip, start, buttons, Optional.empty(),
                    python, softAp));
        }
        List<Board> members = new ArrayList<>();
        for (String member : names.group(name).orElse(List.of())) {
            members.add(new Board(member, program.get(), args, ap, Optional.empty(), start, buttons,
                    Optional.of(name), python, Optional.empty()));
        }
        return members;
    }

    /**
     * Whether {@code python:} asks for all of GraalPy's Python ({@code full}) rather than the board's MicroPython
     * 1.12 ({@code micropython}, the default); reported for a board whose program is no {@code .py} file.
     */
    private boolean fullPython(Fields f, String who) {
        return f.parse("python", v -> switch (v.strip()) {
            case "micropython", "full" -> v.strip();
            default -> throw ValueException.expected("micropython (the board's MicroPython 1.12, the default) or full"
                    + " (all of Python 3.11, for a teacher who wants it)");
        }, "micropython or full").orElse(Defaults.PYTHON).equals("full");
    }

    /** The PC of one entry under {@code pcs:}. */
    Pc pc(Nodes.Entry e) {
        int before = problems.count();
        String name = e.key();
        String who = "PC '" + name + "'";
        Fields f = Fields.at(problems, "pcs.*", e.value(), e.keyNode(), who);
        Optional<Program> program = programs.resolve(f, false, who).map(ProgramResolver.Resolved::program);
        ProgramArgs args = program.map(p -> args(f, p)).orElse(null);
        long start = f.time("start").orElse(Defaults.START_NANOS);
        List<WiredLink> links = network.linksOf(name);
        Optional<String> ap = Optional.empty();
        Optional<Ipv4Address> ip = Optional.empty();
        if (!links.isEmpty()) {
            if (f.has("ap")) {
                problems.at(f.value("ap"), who + " is on a wired link (with " + links.get(0).otherEnd(name)
                        + ") and also names an ap: a PC is on WiFi or wired, not both");
            }
            if (f.has("ip")) {
                problems.at(f.value("ip"), who + " is wired: its link gives its address ("
                        + links.get(0).addressOf(name) + "); ip: is a DHCP reservation on WiFi");
            }
        } else if (!f.has("ap")) {
            List<String> aps = names.ofKind(NodeNames.Kind.ACCESS_POINT);
            if (!f.misspelt("ap") && !problems.linkLeftOut(name)) {
                problems.at(e.keyNode(), who + " is neither on WiFi nor on a wired link: give ap: "
                        + (aps.isEmpty() ? "NAME" : aps.get(0)) + ", or name it in a link's between");
            }
        } else {
            ap = wifi(f, who, name, false);
            ip = reservation(f, ap, who);
        }
        if (problems.count() != before || program.isEmpty() || !Names.isValid(name)) {
            return null;
        }
        return new Pc(name, program.get(), args, ap, ip, start);
    }

    /** The program's arguments: given ones checked against the table, defaults filled in. */
    private ProgramArgs args(Fields host, Program program) {
        if (program.isFile()) {
            if (host.has("args")) {
                problems.at(host.keyNode("args"), "a .py program takes no args: its values (server address, port,"
                        + " interval) are in its source; edit a copy of the file instead");
            }
            return ProgramArgs.NONE;
        }
        List<String> allowed = program.params().stream().map(Param::name).toList();
        Fields f = Fields.read(problems, host.value("args"), host.keyNode("args"), "the args of " + program.id(),
                allowed, "argument");
        ProgramArgs args = ProgramArgs.NONE;
        for (Param<?> p : program.params()) {
            args = arg(args, p, f, host, program);
        }
        return args;
    }

    /** {@code args} with {@code p} as given, or its default; a bad or missing value is reported. */
    private <T> ProgramArgs arg(ProgramArgs args, Param<T> p, Fields f, Fields host, Program program) {
        Optional<T> value;
        if (f.has(p.name())) {
            value = f.parse(p.name(), p::parse, p.type().expected());
        } else {
            if (p.required() && !f.misspelt(p.name())) {
                problems.at(host.has("args") ? host.keyNode("args") : host.value("program"), "program "
                        + program.id() + " needs the argument '" + p.name() + "' (" + p.description()
                        + "), e.g. args: {" + p.name() + ": " + p.type().example() + "}");
            }
            value = p.defaultValue();
        }
        return value.map(v -> args.with(p.arg(), v)).orElse(args);
    }

    /**
     * The access point {@code soft_ap:} declares for the board {@code name}: one board (not a group) that runs a
     * {@code .py} program switching it on; if the program calls {@code enable_APWiFi} with a written SSID or
     * password, they must be the declared ones (see {@link SoftApCall}).
     */
    private Optional<AccessPointConfig> softAp(Fields f, String name, String who,
            Optional<PythonSource> python) {
        if (f.has("count")) {
            problems.at(f.keyNode("soft_ap"), "a group (count) cannot serve one access point: soft_ap: is for one"
                    + " board, which the others join with ap: " + name);
            return Optional.empty();
        }
        Optional<AccessPointConfig> config = networkReader.softAp(f, name);
        if (config.isEmpty() || !f.has("program")) {
            return Optional.empty();
        }
        if (python.isEmpty()) {
            if (!problems.misspelt("boards")) {
                problems.at(f.value("program"), who + " serves an access point (soft_ap:), so its program must be a"
                        + " .py file that calls enable_APWiFi; the named programs join a network and serve none");
            }
            return Optional.empty();
        }
        String why = SoftApCall.mismatch(python.get(), config.get());
        if (why != null) {
            problems.at(f.value("soft_ap"), who + ": " + why);
            return Optional.empty();
        }
        return config;
    }

    /**
     * The access point a board or WiFi PC joins: named by ap: (one of the network's, or a board that serves one),
     * or, when {@code infer}, the only one there is.
     */
    private Optional<String> wifi(Fields f, String who, String self, boolean infer) {
        if (f.has("ap")) {
            Optional<String> ap = f.text("ap");
            if (ap.isEmpty()) {
                return ap;
            }
            String a = ap.get();
            if (a.equals(self)) {
                problems.at(f.value("ap"), who + " cannot join its own access point: ap: names the network a board"
                        + " joins; the board that serves soft_ap: needs none");
                return Optional.empty();
            }
            if (names.isWifiBoard(a)) {
                return ap;
            }
            if (names.get(a).map(n -> n.kind() == NodeNames.Kind.BOARD).orElse(false)) {
                problems.at(f.value("ap"), "ap: names board '" + a + "', which serves no WiFi: a board is an access"
                        + " point only with soft_ap: {ssid: ..., password: ...}");
                return Optional.empty();
            }
            if (names.check(a, NodeNames.Kind.ACCESS_POINT, "ap", f.value("ap"))) {
                return ap;
            }
            return Optional.empty();
        }
        if (!infer) {
            return Optional.empty();
        }
        List<String> aps = names.joinable().stream().filter(a -> !a.equals(self)).toList();
        if (aps.size() == 1) {
            return Optional.of(aps.get(0));
        }
        if (f.misspelt("ap")) {
            return Optional.empty();
        }
        if (aps.isEmpty()) {
            if (problems.misspelt(NodeNames.Kind.ACCESS_POINT.section)) {
                return Optional.empty();
            }
            problems.at(f.anchor(), who + " needs WiFi, but the network has no access point: add one under"
                    + " network.access_points, or give a board soft_ap: to make it one");
        } else {
            problems.at(f.anchor(), who + " has no ap: and the network has " + aps.size() + " access points ("
                    + String.join(", ", aps) + "): say which, e.g. ap: " + aps.get(0));
        }
        return Optional.empty();
    }

    /** The ip: reservation, checked against the access point and the other reservations. */
    private Optional<Ipv4Address> reservation(Fields f, Optional<String> apName, String who) {
        Optional<Ipv4Address> ip = f.parse("ip", Units::address, "an IPv4 address like 192.168.0.3");
        if (ip.isEmpty()) {
            return ip;
        }
        Node at = f.value("ip");
        Optional<AccessPointConfig> ap = apName.flatMap(a -> network.accessPoint(a).map(AccessPointNode::config)
                .or(() -> names.isWifiBoard(a) ? Optional.of(Wifi.softApConfig("soft-ap", "")) : Optional.empty()));
        if (ap.isPresent()) {
            String why = ap.get().whyNotReservable(ip.get());
            if (why != null) {
                problems.at(at, "ip " + why + " of access point '" + apName.get() + "'; choose another address");
                return Optional.empty();
            }
        }
        Reservation other = reserved.putIfAbsent(ip.get(), new Reservation(who, at));
        if (other != null) {
            problems.at(at, "ip " + ip.get() + " is already reserved for " + other.owner() + " ("
                    + Nodes.where(problems, other.at()) + ")");
            return Optional.empty();
        }
        return ip;
    }

    private List<ButtonPress> buttons(Fields board, String name) {
        List<ButtonPress> presses = new ArrayList<>();
        List<Node> items = Nodes.items(board.value("buttons"), "a list of presses like [{press: a, at: 5s}]",
                problems);
        for (int i = 0; i < items.size(); i++) {
            Fields f = Fields.at(problems, "boards.*.buttons.#", items.get(i), items.get(i),
                    "boards." + name + ".buttons." + i);
            Optional<Button> button = Optional.empty();
            if (f.require("press")) {
                button = f.parse("press", t -> switch (t.strip().toLowerCase(Locale.ROOT)) {
                    case "a" -> Button.A;
                    case "b" -> Button.B;
                    default -> throw ValueException.expected("a or b (the board's buttons)");
                }, "a or b (the board's buttons)");
            }
            Optional<Long> at = f.require("at") ? f.time("at") : Optional.empty();
            long hold = f.positiveDuration("hold").orElse(Defaults.BUTTON_HOLD_NANOS);
            if (button.isPresent() && at.isPresent()) {
                presses.add(new ButtonPress(button.get(), at.get(), hold));
            }
        }
        return presses;
    }
}
