package org.udpsim.board.oled;

import java.util.List;

/**
 * Receives each frame an {@link Oled} shows, as it is shown, so frames can be streamed to files without being
 * kept. Called on the simulation's thread, in show order.
 */
@FunctionalInterface
public interface FrameListener {
    /** A listener that ignores every frame. */
    FrameListener NONE = frame -> { };

    void onFrame(Frame frame);

    /** A listener that hands each frame to {@code listeners}, in the order given. */
    static FrameListener all(List<? extends FrameListener> listeners) {
        List<FrameListener> copy = List.copyOf(listeners);
        return frame -> {
            for (FrameListener l : copy) {
                l.onFrame(frame);
            }
        };
    }
}
