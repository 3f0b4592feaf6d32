package org.udpsim.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;

/**
 * The local ports of one transport protocol on one node: which sockets hold each port, the binding rules, and the
 * ephemeral ports handed to sockets that send or connect before binding.
 *
 * <p>Two sockets may hold one port when their addresses do not overlap (one is 0.0.0.0, or both are the same
 * address, counts as overlapping), or when both set SO_REUSEADDR. Ephemeral ports are searched upwards from a
 * starting point drawn from the node's own random stream, as lwIP and Linux start at a random place.
 *
 * @param <S> the protocol's socket
 */
public final class PortTable<S extends PortTable.Holder> {
    /** What the table needs to know of a socket holding a port. */
    public interface Holder {
        Ipv4Address localAddress();

        boolean reuseAddress();
    }

    private final Node node;
    private final String protocol;
    private final int first;
    private final int last;
    private final Map<Integer, List<S>> bound = new TreeMap<>();
    private int nextEphemeral;

    /**
     * @param protocol {@code UDP} or {@code TCP}, for messages and the random stream's name
     *     ({@code node:<name>/<protocol>-ephemeral-port}, lower case)
     */
    public PortTable(Node node, String protocol, int firstEphemeral, int lastEphemeral) {
        this.node = node;
        this.protocol = protocol;
        this.first = firstEphemeral;
        this.last = lastEphemeral;
        int span = last - first + 1;
        this.nextEphemeral = first + node.simulation().random()
                .stream("node:" + node.name() + "/" + protocol.toLowerCase(Locale.ROOT) + "-ephemeral-port")
                .nextInt(span);
    }

    /**
     * Gives {@code s} the port {@code port} (a free ephemeral one for 0) on {@code address}; returns the port.
     *
     * @throws SocketFailure ADDRESS_NOT_AVAILABLE for an address that is not the node's, ADDRESS_IN_USE when
     *     another socket holds the port and they may not share it, NO_FREE_PORT when none is left
     */
    public int bind(S s, Ipv4Address address, int port) throws SocketFailure {
        if (!address.isAny() && !node.hasAddress(address)) {
            throw new SocketFailure(SocketFailure.Reason.ADDRESS_NOT_AVAILABLE,
                    address + " is not an address of '" + node.name() + "'");
        }
        int p = port == 0 ? freePort() : port;
        for (S other : at(p)) {
            boolean overlap = other.localAddress().isAny() || address.isAny() || other.localAddress().equals(address);
            if (overlap && !(other.reuseAddress() && s.reuseAddress())) {
                throw new SocketFailure(SocketFailure.Reason.ADDRESS_IN_USE,
                        protocol + " port " + p + " on " + address + " is already bound on '" + node.name() + "'");
            }
        }
        bound.computeIfAbsent(p, k -> new ArrayList<>(1)).add(s);
        return p;
    }

    /** Frees {@code s}'s hold on {@code port}. */
    public void unbind(S s, int port) {
        List<S> same = bound.get(port);
        if (same != null) {
            same.remove(s);
            if (same.isEmpty()) {
                bound.remove(port);
            }
        }
    }

    /** The sockets holding {@code port}, in binding order; empty if none. */
    public List<S> at(int port) {
        List<S> same = bound.get(port);
        return same == null ? List.of() : same;
    }

    /** Every socket holding a port, by port and then in binding order. */
    public List<S> all() {
        List<S> all = new ArrayList<>();
        bound.values().forEach(all::addAll);
        return all;
    }

    private int freePort() throws SocketFailure {
        int span = last - first + 1;
        for (int tried = 0; tried < span; tried++) {
            int p = nextEphemeral;
            nextEphemeral = nextEphemeral == last ? first : nextEphemeral + 1;
            if (!bound.containsKey(p)) {
                return p;
            }
        }
        throw new SocketFailure(SocketFailure.Reason.NO_FREE_PORT,
                "no free " + protocol + " port left on '" + node.name() + "'");
    }
}
