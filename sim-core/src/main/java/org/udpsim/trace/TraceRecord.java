package org.udpsim.trace;

/**
 * Something observable that happened in a run, at a simulated time. Statistics, captures, charts and reports are
 * all computed from records; none of them reaches into a model.
 */
public interface TraceRecord {
    /** The simulated time of the event, in ns. */
    long time();

    /** The record's type as written in a trace file, e.g. {@code drop}. */
    String type();

    /** This record as one line of JSON: time and type first, then the record's own fields. */
    default String toJson() {
        JsonLine j = new JsonLine().time("t", time()).field("type", type());
        writeFields(j);
        return j.toString();
    }

    /** Adds the record's own fields to its JSON line. */
    void writeFields(JsonLine json);
}
