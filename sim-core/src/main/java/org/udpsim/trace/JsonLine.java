package org.udpsim.trace;

import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Packet;
import org.udpsim.packet.Protocol;

/** Builds one JSON object on one line, field by field, in the order the fields are added. */
public final class JsonLine {
    private final StringBuilder sb = new StringBuilder(160);
    private boolean first = true;

    public JsonLine() {
        sb.append('{');
    }

    public JsonLine field(String name, String value) {
        key(name);
        quote(sb, value);
        return this;
    }

    public JsonLine field(String name, long value) {
        key(name);
        sb.append(value);
        return this;
    }

    public JsonLine field(String name, boolean value) {
        key(name);
        sb.append(value);
        return this;
    }

    /** A simulated time as seconds with nine decimals, unquoted. */
    public JsonLine time(String name, long nanos) {
        key(name);
        sb.append(SimTime.format(nanos));
        return this;
    }

    /** The fields that identify a packet: id, origin (for copies), protocol, addresses, length. */
    public JsonLine packet(Packet p) {
        field("id", p.id());
        if (p.isCopy()) {
            field("origin", p.originId());
        }
        boolean ports = Protocol.hasPorts(p.protocol());
        field("proto", Protocol.name(p.protocol()));
        field("src", ports ? p.source() + ":" + p.sourcePort() : p.source().toString());
        field("dst", ports ? p.destination() + ":" + p.destinationPort() : p.destination().toString());
        field("len", p.length());
        return this;
    }

    @Override
    public String toString() {
        return sb + "}";
    }

    private void key(String name) {
        if (!first) {
            sb.append(',');
        }
        first = false;
        quote(sb, name);
        sb.append(':');
    }

    /** Appends {@code s} as a JSON string, escaping quotes, backslashes and control characters. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
