package org.udpsim.reports.summary;

import java.util.List;

/**
 * One board (or PC) of a run as the summary shows it.
 *
 * @param ip its address at the end of the run, {@code 0.0.0.0} if it had none
 * @param program what it ran
 * @param error how its program ended when it raised an uncaught exception, else null
 * @param oledText the text lines of its last OLED frame
 * @param lastLines its last printed lines
 */
public record BoardSummary(String name, String ip, String program, long printedLines, long oledFrames, String error,
        List<String> oledText, List<String> lastLines) {
}
