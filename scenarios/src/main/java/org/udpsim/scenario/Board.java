package org.udpsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.topology.Names;

/**
 * An mPython board: joins an access point over WiFi and runs one program. A group ({@code count: N}) in the file
 * becomes N boards {@code name-1 … name-N}, each with the group's name.
 *
 * @param name unique among all nodes
 * @param program what it runs
 * @param args the program's arguments, defaults filled in
 * @param accessPoint the access point it joins
 * @param ip its DHCP reservation; empty to get any address from the pool
 * @param startNanos when its program starts, 0 or more
 * @param buttons scripted button presses, in file order
 * @param group the group it was expanded from, if any
 * @param python the file of a {@link Program#PYTHON} program, empty for every other program
 */
public record Board(String name, Program program, ProgramArgs args, String accessPoint, Optional<Ipv4Address> ip,
        long startNanos, List<ButtonPress> buttons, Optional<String> group, Optional<PythonSource> python) {
    /** A board running a named program (not a {@code .py} file). */
    public Board(String name, Program program, ProgramArgs args, String accessPoint, Optional<Ipv4Address> ip,
            long startNanos, List<ButtonPress> buttons, Optional<String> group) {
        this(name, program, args, accessPoint, ip, startNanos, buttons, group, Optional.empty());
    }

    public Board {
        Names.check("a board", name);
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(args, "args");
        Names.check("an access point", accessPoint);
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
    }

    /** What the board runs, as its console and summary name it: the file name, or the program's id. */
    public String programName() {
        return python.map(PythonSource::fileName).orElse(program.id());
    }
}
