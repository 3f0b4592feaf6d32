package org.udpsim.trace;

/**
 * A board's program ended: it returned ({@code error} null) or raised an exception it did not catch
 * ({@code error} is the exception as the board prints it, e.g. {@code OSError: [Errno 110] ETIMEDOUT}).
 */
public record ProgramEnded(long time, String board, String program, String error) implements TraceRecord {
    @Override
    public String type() {
        return "program_end";
    }

    @Override
    public void writeFields(JsonLine json) {
        json.field("board", board).field("program", program);
        if (error != null) {
            json.field("error", error);
        }
    }
}
