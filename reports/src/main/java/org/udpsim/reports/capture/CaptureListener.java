package org.udpsim.reports.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.udpsim.trace.PacketRecord;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;

/**
 * Writes one capture per node, {@code <dir>/<node>.pcap}, as the run goes: the packets' real IPv4 bytes at their
 * simulated times, chosen by {@link CaptureRule}. Wireshark and tshark open the files.
 */
public final class CaptureListener implements TraceListener, AutoCloseable {
    private final Path dir;
    private final Map<String, PcapWriter> writers = new TreeMap<>();

    public CaptureListener(Path dir) {
        this.dir = dir;
    }

    /** Creates the (empty) capture of {@code node}, so a node that sees no packet still has one. */
    public void open(String node) {
        writer(node);
    }

    @Override
    public void onRecord(TraceRecord record) {
        String node = CaptureRule.node(record);
        if (node != null) {
            try {
                writer(node).write(record.time(), ((PacketRecord) record).packet().wireBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the capture of " + node + ": " + e.getMessage(), e);
            }
        }
    }

    private PcapWriter writer(String node) {
        return writers.computeIfAbsent(node, n -> {
            try {
                Files.createDirectories(dir);
                return PcapWriter.create(dir.resolve(n + ".pcap"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the capture of " + n + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (PcapWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
