package org.udpsim.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.udpsim.packet.Protocol;
import org.udpsim.reports.view.FramePixels;
import org.udpsim.reports.view.KeptFrames;
import org.udpsim.run.ScenarioRun;
import org.udpsim.run.ScenarioWorld;
import org.udpsim.trace.TraceRecord;

/**
 * The OLED frames' pixels of a served run, kept as it runs (of each protocol's run, for a comparison), for its view:
 * so the run need not write the frames' pictures, nor the view read them back.
 */
final class FramesKept implements ScenarioRun.Extra {
    private final KeptFrames frames = new KeptFrames();
    private final Map<String, FramePixels> byRun;

    /** For a run or a comparison. */
    FramesKept() {
        this("", new LinkedHashMap<>());
    }

    private FramesKept(String run, Map<String, FramePixels> byRun) {
        this.byRun = byRun;
        byRun.put(run, frames);
    }

    @Override
    public void onRecord(TraceRecord record) {
        frames.onRecord(record);
    }

    @Override
    public void atEnd(ScenarioWorld world, Path folder) {
    }

    @Override
    public ScenarioRun.Extra over(Protocol protocol) {
        return new FramesKept(protocol.label(), byRun);
    }

    /** The pixels by run name, as {@link org.udpsim.reports.view.ViewData#of} takes them. */
    Map<String, FramePixels> pixels() {
        return byRun;
    }
}
