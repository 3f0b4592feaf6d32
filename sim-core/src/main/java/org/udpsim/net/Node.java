package org.udpsim.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.packet.Packet;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.PacketUnread;
import org.udpsim.trace.Trace;

/**
 * A device on the network with an IPv4 layer: a host or board (delivers what is addressed to it), or a router
 * (also forwards the rest). Its interfaces attach it to channels; its transport protocols register as
 * {@link ProtocolHandler}s by IP protocol number.
 */
public final class Node {
    private final Network network;
    private final String name;
    private final boolean forwarding;
    private final List<NetInterface> interfaces = new ArrayList<>();
    private final RoutingTable routes = new RoutingTable();
    private final ProtocolHandler[] protocols = new ProtocolHandler[256];
    private int nextIdentification;

    Node(Network network, String name, boolean forwarding) {
        this.network = network;
        this.name = name;
        this.forwarding = forwarding;
        registerProtocol(Packet.PROTOCOL_ICMP, new Icmp(this));
    }

    public String name() {
        return name;
    }

    public Network network() {
        return network;
    }

    public Simulation simulation() {
        return network.simulation();
    }

    /** True for a router: packets for other addresses are forwarded, not dropped. */
    public boolean isForwarding() {
        return forwarding;
    }

    public RoutingTable routes() {
        return routes;
    }

    public List<NetInterface> interfaces() {
        return Collections.unmodifiableList(interfaces);
    }

    /** Adds an interface with no address and no channel yet; its name must be new on this node. */
    public NetInterface addInterface(String interfaceName) {
        for (NetInterface i : interfaces) {
            if (i.name().equals(interfaceName)) {
                throw new IllegalArgumentException("node '" + name + "' already has an interface '" + interfaceName + "'");
            }
        }
        NetInterface i = new NetInterface(this, interfaceName);
        interfaces.add(i);
        return i;
    }

    /** The interface of this name, or null. */
    public NetInterface findInterface(String interfaceName) {
        for (NetInterface i : interfaces) {
            if (i.name().equals(interfaceName)) {
                return i;
            }
        }
        return null;
    }

    /** Adds a default route through {@code gateway}, which must be on a network of one of the interfaces. */
    public void setDefaultGateway(Ipv4Address gateway) {
        addRoute(new Ipv4Prefix(Ipv4Address.ANY, 0), gateway);
    }

    /** Adds a route to {@code prefix} through {@code gateway}, reached over the interface whose network holds it. */
    public void addRoute(Ipv4Prefix prefix, Ipv4Address gateway) {
        for (NetInterface i : interfaces) {
            if (i.hasAddress() && i.prefix().contains(gateway)) {
                routes.add(new Route(prefix, gateway, i, Route.Kind.FORWARD));
                return;
            }
        }
        throw new IllegalArgumentException("node '" + name + "': gateway " + gateway
                + " is on none of its networks, so the route to " + prefix + " cannot be reached");
    }

    /** Registers a transport protocol under its IP protocol number (17 UDP, 6 TCP, 1 ICMP). */
    public void registerProtocol(int protocol, ProtocolHandler handler) {
        protocols[protocol] = handler;
    }

    /** The handler of this IP protocol number, or null. */
    public ProtocolHandler protocol(int protocol) {
        return protocols[protocol];
    }

    /** The next value of this node's IPv4 identification counter. */
    public int nextIdentification() {
        return nextIdentification++ & 0xffff;
    }

    /** True if {@code a} is an address of one of this node's interfaces. */
    public boolean hasAddress(Ipv4Address a) {
        Route r = routes.lookup(a.bits());
        return r != null && r.kind() == Route.Kind.LOCAL && r.prefix().length() == 32;
    }

    /** The address of the first interface that has one, or {@link Ipv4Address#ANY}. */
    public Ipv4Address primaryAddress() {
        for (NetInterface i : interfaces) {
            if (i.hasAddress()) {
                return i.address();
            }
        }
        return Ipv4Address.ANY;
    }

    /**
     * The source address a packet to {@code dst} gets: the address of the interface it will leave through, or
     * {@link Ipv4Address#ANY} if there is no way out.
     */
    public Ipv4Address sourceAddressFor(Ipv4Address dst) {
        NetInterface out = outgoingInterface(dst.bits());
        return out == null ? Ipv4Address.ANY : out.address();
    }

    /**
     * Sends a packet that a transport protocol of this node made: traced as sent, then looped back, broadcast, or
     * routed. Returns false, with the packet traced as dropped, if there is no route.
     */
    public boolean send(Packet p) {
        Trace trace = network.trace();
        Simulation sim = network.simulation();
        if (trace.isOn()) {
            trace.emit(new PacketSent(sim.now(), name, p));
        }
        int dst = p.destinationBits();
        Route r = dst == -1 ? null : routes.lookup(dst);
        if (r != null && r.kind() == Route.Kind.LOCAL) {
            sim.schedule(0, () -> deliverLocally(p, null));
            return true;
        }
        NetInterface out = outgoingInterface(dst);
        if (out == null) {
            drop(p, name, DropReason.NO_ROUTE);
            return false;
        }
        out.transmit(p, dst == -1 || (r != null && r.kind() == Route.Kind.BROADCAST) ? -1 : r.nextHopBits(dst));
        return true;
    }

    /** IP input: a packet arrived on {@code in}. */
    void receive(Packet p, NetInterface in) {
        if (!p.ipHeaderValid()) {
            drop(p, name, DropReason.CHECKSUM);
            return;
        }
        int dst = p.destinationBits();
        if (dst == -1) {
            deliverLocally(p, in);
            return;
        }
        Route r = routes.lookup(dst);
        if (r != null && r.kind() != Route.Kind.FORWARD) {
            deliverLocally(p, in);
        } else if (!forwarding) {
            drop(p, name, DropReason.HOST_UNREACHABLE);
        } else if (r == null) {
            drop(p, name, DropReason.NO_ROUTE);
        } else if (p.ttl() <= 1) {
            drop(p, name, DropReason.TTL_EXPIRED);
        } else {
            Packet next = p.withTtlDecremented();
            Trace trace = network.trace();
            if (trace.isOn()) {
                trace.emit(new PacketForwarded(network.simulation().now(), name, next));
            }
            r.via().transmit(next, r.nextHopBits(dst));
        }
    }

    private void deliverLocally(Packet p, NetInterface in) {
        ProtocolHandler h = protocols[p.protocol()];
        if (h == null) {
            drop(p, name, DropReason.NO_LISTENER);
        } else {
            h.receive(p, in);
        }
    }

    /** Traces a drop at {@code place}. */
    public void drop(Packet p, String place, DropReason reason) {
        Trace trace = network.trace();
        if (trace.isOn()) {
            trace.emit(new PacketDropped(network.simulation().now(), place, reason, p));
        }
    }

    /** Traces a packet as taken by a transport layer of this node: the end of its way. */
    public void delivered(Packet p) {
        Trace trace = network.trace();
        if (trace.isOn()) {
            trace.emit(new PacketDelivered(network.simulation().now(), name, p));
        }
    }

    /**
     * Traces a datagram a socket of this node took but its program never read: {@code atClose} when the socket was
     * closed with it queued, otherwise at the end of the run.
     */
    public void unread(Packet p, boolean atClose) {
        Trace trace = network.trace();
        if (trace.isOn()) {
            trace.emit(new PacketUnread(network.simulation().now(), name, p, atClose));
        }
    }

    private NetInterface outgoingInterface(int dst) {
        if (dst == -1) {
            for (NetInterface i : interfaces) {
                if (i.hasAddress()) {
                    return i;
                }
            }
            return null;
        }
        Route r = routes.lookup(dst);
        if (r == null) {
            return null;
        }
        return r.via();
    }

    void addressAdded(NetInterface i) {
        Ipv4Prefix net = i.prefix();
        routes.add(new Route(net, Ipv4Address.ANY, i, Route.Kind.FORWARD));
        routes.add(new Route(new Ipv4Prefix(i.address(), 32), Ipv4Address.ANY, i, Route.Kind.LOCAL));
        if (net.length() < 31) {
            routes.add(new Route(new Ipv4Prefix(net.broadcast(), 32), Ipv4Address.ANY, i, Route.Kind.BROADCAST));
        }
    }

    void addressRemoved(NetInterface i) {
        Ipv4Prefix net = i.prefix();
        routes.remove(new Ipv4Prefix(i.address(), 32));
        if (net.length() < 31) {
            routes.remove(new Ipv4Prefix(net.broadcast(), 32));
        }
        routes.remove(net);
        for (Route r : routes.routes()) {
            if (r.via() == i) {
                routes.remove(r.prefix());
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
