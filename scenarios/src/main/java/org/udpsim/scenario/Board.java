package org.udpsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.topology.Names;
import org.udpsim.wifi.AccessPointConfig;

/**
 * An mPython board: joins an access point over WiFi, or is one itself ({@code soft_ap:}, switched on by its
 * program's {@code enable_APWiFi}), and runs one program. A group ({@code count: N}) in the file becomes N boards
 * {@code name-1 … name-N}, each with the group's name.
 *
 * @param name unique among all nodes
 * @param program what it runs
 * @param args the program's arguments, defaults filled in
 * @param accessPoint the access point it joins: one of the network's, or a board that serves one; empty only for a
 *        board that serves an access point and joins none
 * @param ip its DHCP reservation; empty to get any address from the pool
 * @param startNanos when its program starts, 0 or more
 * @param buttons scripted button presses, in file order
 * @param group the group it was expanded from, if any
 * @param python the file of a {@link Program#PYTHON} program, empty for every other program
 * @param softAp the access point the board serves when its program switches it on ({@code enable_APWiFi}): the
 *        network's name and password as the scenario declares them, the rest as the firmware makes it
 *        ({@link org.udpsim.board.Wifi#softApConfig}); empty for a board that serves none
 */
public record Board(String name, Program program, ProgramArgs args, Optional<String> accessPoint,
        Optional<Ipv4Address> ip, long startNanos, List<ButtonPress> buttons, Optional<String> group,
        Optional<PythonSource> python, Optional<AccessPointConfig> softAp) {
    /** A board running a named program (not a {@code .py} file) that joins {@code accessPoint}. */
    public Board(String name, Program program, ProgramArgs args, String accessPoint, Optional<Ipv4Address> ip,
            long startNanos, List<ButtonPress> buttons, Optional<String> group) {
        this(name, program, args, Optional.of(accessPoint), ip, startNanos, buttons, group, Optional.empty(),
                Optional.empty());
    }

    public Board {
        Names.check("a board", name);
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(accessPoint, "accessPoint");
        accessPoint.ifPresent(a -> Names.check("an access point", a));
        Objects.requireNonNull(softAp, "softAp");
        if (accessPoint.isEmpty() && softAp.isEmpty()) {
            throw new IllegalArgumentException("board '" + name + "' joins no access point and serves none");
        }
        if (accessPoint.isPresent() && accessPoint.get().equals(name)) {
            throw new IllegalArgumentException("board '" + name + "' cannot join its own access point");
        }
        Objects.requireNonNull(ip, "ip");
        if (startNanos < 0) {
            throw new IllegalArgumentException("a board's start must be 0s or later, was " + startNanos + " ns");
        }
        buttons = List.copyOf(buttons);
        Objects.requireNonNull(group, "group");
        if (group.isPresent() && ip.isPresent()) {
            throw new IllegalArgumentException("a board of a group cannot have a fixed ip");
        }
        Objects.requireNonNull(python, "python");
        if (program.isFile() != python.isPresent()) {
            throw new IllegalArgumentException("a board runs a .py file exactly when its program is " + Program.PYTHON);
        }
        if (softAp.isPresent() && (python.isEmpty() || group.isPresent())) {
            throw new IllegalArgumentException("board '" + name + "' serves an access point: it runs a .py file and"
                    + " is no group's member");
        }
    }

    /** True if the board serves an access point ({@code soft_ap:}). */
    public boolean servesWifi() {
        return softAp.isPresent();
    }

    /** What the board runs, as its console and summary name it: the file name, or the program's id. */
    public String programName() {
        return python.map(PythonSource::fileName).orElse(program.id());
    }
}
