package org.udpsim.trace;

/** Why a packet was copied on its way. */
public enum CopyReason {
    /** netem's {@code duplicate}. */
    DUPLICATE("duplicate"),
    /** One copy per receiver of a broadcast frame. */
    BROADCAST("broadcast");

    private final String label;

    CopyReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
