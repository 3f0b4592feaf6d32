package org.udpsim.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.PacketIds;
import org.udpsim.trace.Trace;

/**
 * The network of one run: its nodes by name, and what they share: the simulation, the trace, the packet ids.
 * Hosts, boards and routers are all {@link Node}s; only whether they forward differs.
 */
public final class Network {
    private final Simulation simulation;
    private final Trace trace = new Trace();
    private final PacketIds packetIds = new PacketIds();
    private final Map<String, Node> nodesByName = new TreeMap<>();
    private final List<Node> nodes = new ArrayList<>();

    public Network(Simulation simulation) {
        this.simulation = simulation;
    }

    public Simulation simulation() {
        return simulation;
    }

    public Trace trace() {
        return trace;
    }

    public PacketIds packetIds() {
        return packetIds;
    }

    /** Adds a host: it sends and receives, and drops what is not addressed to it. */
    public Node addHost(String name) {
        return add(name, false);
    }

    /** Adds a router: it also forwards packets for other addresses, by its routing table. */
    public Node addRouter(String name) {
        return add(name, true);
    }

    /** The node of this name. */
    public Node node(String name) {
        Node n = nodesByName.get(name);
        if (n == null) {
            throw new IllegalArgumentException("there is no node '" + name + "'; nodes are " + nodesByName.keySet());
        }
        return n;
    }

    /** The node of this name, or null. */
    public Node findNode(String name) {
        return nodesByName.get(name);
    }

    /** All nodes, in the order they were added. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /**
     * Connects two nodes with a wired point-to-point link and gives both ends an address on one network.
     *
     * @param prefixLength the length of the network the two addresses share, e.g. 30
     */
    public PointToPointLink connect(Node a, Ipv4Address aAddress, Node b, Ipv4Address bAddress, int prefixLength,
            LinkConfig config) {
        NetInterface ia = a.addInterface("to-" + b.name());
        NetInterface ib = b.addInterface("to-" + a.name());
        PointToPointLink link = link(ia, ib, config);
        ia.configure(aAddress, prefixLength);
        ib.configure(bAddress, prefixLength);
        return link;
    }

    /**
     * Connects two existing interfaces with a wired point-to-point link and leaves their addresses as they are:
     * an access point's bridged uplink has none.
     */
    public PointToPointLink link(NetInterface a, NetInterface b, LinkConfig config) {
        return new PointToPointLink(this, a, b, config);
    }

    private Node add(String name, boolean forwarding) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("node name '" + name
                    + "' must start with a letter or digit and hold only letters, digits, '_', '.' and '-'");
        }
        if (nodesByName.containsKey(name)) {
            throw new IllegalArgumentException("there is already a node named '" + name + "'");
        }
        Node n = new Node(this, name, forwarding);
        nodesByName.put(name, n);
        nodes.add(n);
        return n;
    }
}
