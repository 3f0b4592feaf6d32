package org.udpsim.reports.data;

import java.nio.file.Path;
import java.util.List;

/**
 * One OLED frame of a run folder: its number, when it was shown, its text lines, and its picture.
 *
 * @param png the frame's picture ({@code oled/<board>/frame-NNNN.png}); may be absent from the folder
 */
public record OledFrameRef(String board, long index, long time, List<String> screen, Path png) {
    public OledFrameRef {
        screen = List.copyOf(screen);
    }
}
