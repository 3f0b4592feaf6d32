package org.udpsim.board.oled;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The board's {@code oled} object: a {@link Framebuffer} with {@code DispChar}, which remembers the texts drawn on
 * it and turns each {@code show()} into a {@link Frame} for its listener.
 *
 * <p>The time of a frame comes from the clock given at construction, normally the simulation's
 * ({@code sim::now}). {@code show()} itself takes no simulated time here; a runtime that models the board's
 * ~25 ms transfer sleeps its process around the call.
 *
 * <p>Texts are tracked so that a frame can say what it shows: {@code fill} forgets all texts, {@code fill_rect}
 * forgets those it covers completely, and an opaque DispChar (mode 1 or 2) forgets those its lines cover.
 */
public class Oled extends Framebuffer {
    private final LongSupplier clock;
    private final FrameListener listener;
    private final List<DrawnText> texts = new ArrayList<>();
    private long framesShown;
    private Frame lastFrame;

    /**
     * An OLED whose frames take their time from {@code clock} (in ns) and go to {@code listener}.
     * The screen starts dark, as after the firmware's {@code init_display}.
     */
    public Oled(LongSupplier clock, FrameListener listener) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** An OLED whose frames are only kept as {@link #lastFrame()}. */
    public Oled(LongSupplier clock) {
        this(clock, FrameListener.NONE);
    }

    /** {@code DispChar(s, x, y)}: normal mode, no wrapping. */
    public DispCharResult dispChar(String s, int x, int y) {
        return dispChar(s, x, y, TextMode.NORMAL, false);
    }

    /** {@code DispChar(s, x, y, mode)}: no wrapping. */
    public DispCharResult dispChar(String s, int x, int y, TextMode mode) {
        return dispChar(s, x, y, mode, false);
    }

    /** {@code DispChar(s, x, y, mode, auto_return)}; see {@link DispChar} for the layout. */
    public DispCharResult dispChar(String s, int x, int y, TextMode mode, boolean autoReturn) {
        DispCharResult result = DispChar.draw(this, s, x, y, mode, autoReturn);
        if (mode.isOpaque()) {
            for (TextLine line : result.drawn().lines()) {
                forgetCovered(line.x(), line.y(), line.width(), line.height());
            }
        }
        textDrawn(result.drawn());
        return result;
    }

    /**
     * {@code show()}: records the screen as a frame at the clock's time, hands it to the listener and returns it.
     */
    public Frame show() {
        Frame frame = new Frame(framesShown++, clock.getAsLong(), toBytes(), texts);
        lastFrame = frame;
        listener.onFrame(frame);
        return frame;
    }

    /** The texts drawn since the last {@code fill} that are still on the screen, in drawing order. */
    public List<DrawnText> texts() {
        return List.copyOf(texts);
    }

    /** The last frame shown, or null before the first {@code show()}. */
    public Frame lastFrame() {
        return lastFrame;
    }

    /**
     * The text lines the screen showed at the last {@code show()}, top to bottom, for a summary; empty before the
     * first. Parts drawn at the same y are joined left to right with a space; control characters read as spaces.
     */
    public List<String> lastText() {
        return lastFrame == null ? List.of() : lastFrame.textLines();
    }

    /** How many frames were shown. */
    public long framesShown() {
        return framesShown;
    }

    @Override
    protected void areaFilled(long x, long y, long w, long h) {
        forgetCovered(x, y, w, h);
    }

    @Override
    protected void textDrawn(DrawnText drawn) {
        texts.add(drawn);
    }

    private void forgetCovered(long x, long y, long w, long h) {
        texts.removeIf(t -> t.isCoveredBy(x, y, w, h));
    }
}
