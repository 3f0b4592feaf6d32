package org.udpsim.reports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.sweep.SweepFolder;
import org.udpsim.reports.sweep.SweepReport;
import org.udpsim.reports.text.ReportException;
import org.udpsim.reports.text.ReportOptions;

/**
 * The report of a folder, whichever it is: a run's ({@link RunReport}), a comparison's ({@link ComparisonReport}) or
 * a sweep's ({@link SweepReport}).
 */
public final class Reports {
    private Reports() {
    }

    /**
     * Writes the report of the run or sweep in {@code dir}; returns the page written.
     *
     * @throws ReportException if {@code dir} is neither, or cannot be reported on as asked
     */
    public static Path write(Path dir, ReportOptions options) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir + (Files.exists(dir) ? " is not a folder" : ": no such folder"));
        }
        if (SweepFolder.isSweep(dir)) {
            SweepReport.write(dir, options);
        } else if (ComparisonReport.isComparison(dir)) {
            ComparisonReport.write(dir, options);
        } else if (RunFolder.isRun(dir)) {
            RunReport.write(dir, options);
        } else {
            throw new ReportException(dir + " is neither a run folder (no summary.json) nor a sweep folder "
                    + "(no sweep.json)");
        }
        return dir.resolve(RunReport.PAGE);
    }
}
