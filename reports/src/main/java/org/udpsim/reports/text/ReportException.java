package org.udpsim.reports.text;

/** A report cannot be made from what was asked for (not a run folder, an older format, no such flow): one line. */
public final class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }
}
