package org.udpsim.transport.tcp;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data that arrived ahead of a gap, kept by stream position until the gap is filled (RFC 9293 section 3.10.7.4,
 * "segment text"). Bytes already held are kept when a segment overlaps them, so every byte is stored once.
 */
final class ReassemblyQueue {
    /** Pieces by the stream position of their first byte; pieces never overlap. */
    private final TreeMap<Long, byte[]> pieces = new TreeMap<>();
    private int bytes;

    /** Bytes held. */
    int bytes() {
        return bytes;
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** Holds {@code data}, which starts at stream position {@code start}, except the bytes already held. */
    void add(long start, byte[] data) {
        long end = start + data.length;
        long cursor = start;
        Map.Entry<Long, byte[]> before = pieces.floorEntry(start);
        if (before != null) {
            cursor = Math.max(cursor, before.getKey() + before.getValue().length);
        }
        while (cursor < end) {
            Map.Entry<Long, byte[]> next = pieces.ceilingEntry(cursor);
            long pieceEnd = next == null ? end : Math.min(end, next.getKey());
            if (pieceEnd > cursor) {
                byte[] piece = java.util.Arrays.copyOfRange(data, (int) (cursor - start), (int) (pieceEnd - start));
                pieces.put(cursor, piece);
                bytes += piece.length;
            }
            if (next == null || next.getKey() >= end) {
                break;
            }
            cursor = next.getKey() + next.getValue().length;
        }
    }

    /**
     * Removes and returns the bytes that continue the stream at position {@code next} without a gap (empty if the
     * first piece held starts later); pieces wholly before {@code next} are discarded.
     */
    byte[] take(long next) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long at = next;
        Map.Entry<Long, byte[]> first;
        while ((first = pieces.firstEntry()) != null && first.getKey() <= at) {
            pieces.pollFirstEntry();
            byte[] piece = first.getValue();
            bytes -= piece.length;
            long pieceEnd = first.getKey() + piece.length;
            if (pieceEnd > at) {
                int skip = (int) (at - first.getKey());
                out.write(piece, skip, piece.length - skip);
                at = pieceEnd;
            }
        }
        return out.toByteArray();
    }

    void clear() {
        pieces.clear();
        bytes = 0;
    }
}
