package org.udpsim.reports.capture;

import org.udpsim.trace.PacketDelivered;
import org.udpsim.trace.PacketDropped;
import org.udpsim.trace.PacketForwarded;
import org.udpsim.trace.PacketSent;
import org.udpsim.trace.TraceRecord;

/**
 * Which node's capture holds a packet record: a node captures what it sent, what it forwarded, and what arrived at
 * it (delivered to a socket or dropped there), but not what died on a hop before reaching it. So a packet lost on
 * the way is in the sender's capture and absent from the receiver's, as on real machines.
 *
 * <p>The same rule reads a record object ({@link #node(TraceRecord)}) and a line of {@code trace.jsonl}
 * ({@link #node(String, String)}), so a reader of a run folder can pair trace lines with capture records.
 */
public final class CaptureRule {
    private CaptureRule() {
    }

    /** The node whose capture holds this record's packet, or null if none does. */
    public static String node(TraceRecord record) {
        if (record instanceof PacketSent s) {
            return s.place();
        } else if (record instanceof PacketForwarded f) {
            return f.place();
        } else if (record instanceof PacketDelivered d) {
            return d.place();
        } else if (record instanceof PacketDropped d) {
            return atNode(d.place());
        }
        return null;
    }

    /**
     * The same rule for a record read from {@code trace.jsonl}: its {@code type} and its {@code at}.
     */
    public static String node(String type, String place) {
        return switch (type) {
            case "sent", "forward", "deliver" -> place;
            case "drop" -> atNode(place);
            default -> null;
        };
    }

    /** True if {@code place} is a hop direction ({@code a->b}) rather than a node. */
    public static boolean isHop(String place) {
        return place.contains("->");
    }

    private static String atNode(String place) {
        return isHop(place) ? null : place;
    }
}
