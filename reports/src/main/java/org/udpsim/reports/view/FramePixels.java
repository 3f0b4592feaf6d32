package org.udpsim.reports.view;

import java.io.IOException;
import org.udpsim.reports.data.OledFrameRef;

/**
 * Where a view finds the 128 × 64 pixels of a run's OLED frames (1024 bytes in {@link FrameBits}' order): read back
 * from the frames' pictures in the run folder, or kept in memory as the run went ({@link KeptFrames}).
 */
@FunctionalInterface
public interface FramePixels {
    /** From each frame's {@code frame-NNNN.png}. */
    FramePixels PICTURES = frame -> FrameBits.read(frame.png());

    /** The frame's pixels, or null if they are not known. */
    byte[] of(OledFrameRef frame) throws IOException;
}
