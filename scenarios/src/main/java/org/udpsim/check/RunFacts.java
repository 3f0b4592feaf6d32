package org.udpsim.check;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.udpsim.packet.Packet;
import org.udpsim.packet.Protocol;
import org.udpsim.transport.tcp.TcpHeader;
import org.udpsim.reports.summary.StreamStatistics;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowKey;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.FlowStats;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.ProgramEnded;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;

/**
 * What teaching points can say about a run, gathered from its trace records as it runs: the root of their
 * expressions. {@code flow('udp')} and {@code flow('tcp')} are a protocol's flows added up ({@link ProtocolFacts}),
 * {@code board('server')} a board's console and OLED ({@link BoardFacts}), {@code drops('radio')} the drops of a
 * reason. Naming an unknown protocol, board or reason is an error that lists the known ones.
 */
public final class RunFacts implements TraceListener {
    /** The protocols {@code flow(...)} knows. */
    public static final List<String> PROTOCOLS = Arrays.stream(Protocol.values()).map(Protocol::label).toList();

    private final FlowStatistics flows = new FlowStatistics();
    private final StreamStatistics streams = new StreamStatistics();
    /** In a comparison, each protocol's own run; null for a plain run. */
    private final Map<String, RunFacts> runs;
    private final Map<String, ProtocolFacts> protocols = new LinkedHashMap<>();
    private final Map<String, BoardFacts> boards = new LinkedHashMap<>();
    private final Map<DropReason, Long> drops = new LinkedHashMap<>();
    private boolean finished;

    /** Facts about a run with these boards (and PCs), in the scenario's order. */
    public RunFacts(List<String> boardNames) {
        this.runs = null;
        for (String p : PROTOCOLS) {
            protocols.put(p, new ProtocolFacts(p));
        }
        for (String b : boardNames) {
            boards.put(b, new BoardFacts(b));
        }
    }

    /**
     * The facts of a comparison: {@code flow(p)} and {@code messages(p)} come from the run over protocol p, the
     * boards and drops from the first run.
     */
    public RunFacts(Map<String, RunFacts> runsByProtocol) {
        this.runs = new LinkedHashMap<>(runsByProtocol);
        RunFacts first = runs.values().iterator().next();
        protocols.putAll(first.protocols);
        boards.putAll(first.boards);
        drops.putAll(first.drops);
        finished = true;
    }

    @Override
    public void onRecord(TraceRecord record) {
        flows.onRecord(record);
        streams.onRecord(record);
        if (record instanceof PacketSent s) {
            ProtocolFacts p = protocol(s.packet());
            p.sentAt(s.time());
            p.sentOriginal(FlowKey.of(s.packet()), s.packet().id());
        } else if (record instanceof PacketDelivered d && carriesData(d.packet())) {
            protocol(d.packet()).deliveredAt(d.time());
        } else if (record instanceof PacketDropped d) {
            drops.merge(d.reason(), 1L, Long::sum);
            if (!d.packet().isCopy()) {
                protocol(d.packet()).lostOriginal(d.packet().id());
            }
        } else if (record instanceof ConsoleLine l && boards.containsKey(l.board())) {
            boards.get(l.board()).line(l.text(), l.startedAt());
        } else if (record instanceof OledFrameShown f && boards.containsKey(f.board())) {
            boards.get(f.board()).frame(f.frame().textLines(), f.time());
        } else if (record instanceof ProgramEnded e && boards.containsKey(e.board())) {
            boards.get(e.board()).ended(e.error());
        }
    }

    /** Closes the run: flows are added up per protocol; {@code ips} gives each board's address at the end. */
    public RunFacts finish(Map<String, String> ips) {
        if (!finished) {
            finished = true;
            for (FlowStats f : flows.flows()) {
                String p = f.key().protocolName();
                if (protocols.containsKey(p)) {
                    protocols.get(p).add(f);
                }
            }
            ips.forEach((b, ip) -> {
                if (boards.containsKey(b)) {
                    boards.get(b).ip(ip);
                }
            });
        }
        return this;
    }

    /** {@code flow('udp')}: the figures of every flow of a protocol, added up. */
    public ProtocolFacts flow(String protocol) {
        if (runs != null && runs.containsKey(key(protocol))) {
            return runs.get(key(protocol)).flow(protocol);
        }
        ProtocolFacts p = protocols.get(protocol == null ? "" : protocol.toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("unknown protocol '" + protocol + "' in flow(...); protocols are "
                    + String.join(", ", PROTOCOLS));
        }
        return p;
    }

    /** {@code messages('tcp')}: the message streams of a protocol, as the applications saw them. */
    public MessageFacts messages(String protocol) {
        flow(protocol);
        if (runs != null && runs.containsKey(key(protocol))) {
            return runs.get(key(protocol)).messages(protocol);
        }
        return new MessageFacts(key(protocol), streams.summary(key(protocol)));
    }

    private static String key(String protocol) {
        return protocol == null ? "" : protocol.toLowerCase(Locale.ROOT);
    }

    /** {@code board('server')}: what a board (or PC) printed and showed. */
    public BoardFacts board(String name) {
        BoardFacts b = boards.get(name);
        if (b == null) {
            throw new IllegalArgumentException("unknown board '" + name + "' in board(...); boards are "
                    + String.join(", ", boards.keySet()));
        }
        return b;
    }

    /** {@code drops('socket_queue_full')}: how many packets were dropped for this reason. */
    public long drops(String reason) {
        return drops.getOrDefault(reason(reason), 0L);
    }

    /** The drop reason of this label, or an error listing the labels. */
    static DropReason reason(String label) {
        for (DropReason r : DropReason.values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        StringBuilder known = new StringBuilder();
        for (DropReason r : DropReason.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(r.label());
        }
        throw new IllegalArgumentException("unknown drop reason '" + label + "'; reasons are " + known);
    }

    /** True unless the packet is a TCP segment without data (a SYN, a pure ACK): the first delivery is data. */
    private static boolean carriesData(Packet p) {
        return p.protocol() != Packet.PROTOCOL_TCP || TcpHeader.parse(p).payloadLength() > 0;
    }

    private ProtocolFacts protocol(Packet p) {
        Protocol known = Protocol.of(p.protocol());
        return protocols.get((known == null ? Protocol.ICMP : known).label());
    }
}
