package org.udpsim.scenario;

/**
 * A value that cannot be read: either of the wrong kind ("expected a duration like 30s"), to which the reader adds
 * what was written, or out of range, with the range and the value already in the message.
 */
final class ValueException extends IllegalArgumentException {
    private final boolean wrongKind;
    private final String hint;

    private ValueException(String message, boolean wrongKind, String hint) {
        super(message, null);
        this.wrongKind = wrongKind;
        this.hint = hint;
    }

    /** The value is not a {@code what} at all: "expected {@code what}". */
    static ValueException expected(String what) {
        return new ValueException("expected " + what, true, "");
    }

    /** As {@link #expected(String)}, with a hint after what was written, e.g. " (add a unit: ...)". */
    static ValueException expected(String what, String hint) {
        return new ValueException("expected " + what, true, hint);
    }

    /** The value has the right kind but is not allowed; the message says the range and the value. */
    static ValueException invalid(String message) {
        return new ValueException(message, false, "");
    }

    /** True if the value is of the wrong kind, so the message gains ", got 'VALUE'". */
    boolean wrongKind() {
        return wrongKind;
    }

    /** Text to put after ", got 'VALUE'": empty, or a hint starting with a space or a semicolon. */
    String hint() {
        return hint;
    }
}
