package org.udpsim.board;

import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.Oled;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.Trace;

/**
 * The board's {@code oled}: every {@code show()} is traced as a frame and then keeps the program busy for the
 * time the frame takes to reach the display ({@link BoardConfig#oledShowNanos()}), during which datagrams can pile
 * up in a socket's queue, as they do on the real board.
 */
public final class BoardOled extends Oled {
    private final Board board;

    BoardOled(Board board, Trace trace) {
        super(board.node().simulation()::now, frame -> {
            if (trace.isOn()) {
                trace.emit(new OledFrameShown(frame.time(), board.name(), frame));
            }
        });
        this.board = board;
    }

    @Override
    public Frame show() {
        Frame f = super.show();
        long busy = board.config().oledShowNanos();
        if (busy > 0) {
            board.process().sleep(busy);
        }
        return f;
    }
}
