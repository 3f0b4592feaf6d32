package org.udpsim.impairments;

/** What kind of value a netem option's parameter takes, as netem text writes it. */
public enum ValueKind {
    /** A share, e.g. {@code 20%}. */
    PERCENT,
    /** A time, e.g. {@code 20ms}. */
    TIME,
    /** A speed in bits per second, e.g. {@code 1mbit}. */
    RATE,
    /** A whole number between the parameter's {@link NetemParam#min()} and {@link NetemParam#max()}. */
    WHOLE,
    /** One of the parameter's {@link NetemParam#choices()}. */
    WORD,
    /** Packet numbers counted from 1 and ranges, e.g. {@code 3,5,7-9}. */
    PACKET_LIST
}
