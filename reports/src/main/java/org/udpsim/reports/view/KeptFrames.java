package org.udpsim.reports.view;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.udpsim.reports.data.OledFrameRef;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.TraceListener;
import org.udpsim.trace.TraceRecord;

/**
 * The pixels of every OLED frame of one run, kept as the run shows them, so that its view needs neither the frames'
 * pictures nor their decoding. A frame is kept as one reference to the same bitmap as the board's frame before it
 * when the two are the same picture.
 */
public final class KeptFrames implements TraceListener, FramePixels {
    private final Map<String, Map<Long, byte[]>> boards = new HashMap<>();
    private final Map<String, byte[]> last = new HashMap<>();

    @Override
    public void onRecord(TraceRecord record) {
        if (record instanceof OledFrameShown shown) {
            byte[] bits = shown.frame().bitmap();
            byte[] before = last.get(shown.board());
            if (before != null && Arrays.equals(before, bits)) {
                bits = before;
            }
            last.put(shown.board(), bits);
            boards.computeIfAbsent(shown.board(), b -> new HashMap<>()).put(shown.frame().index(), bits);
        }
    }

    @Override
    public byte[] of(OledFrameRef frame) {
        return boards.getOrDefault(frame.board(), Map.of()).get(frame.index());
    }
}
