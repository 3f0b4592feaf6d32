package org.udpsim.impairments;

import java.util.List;

/** udpsim's {@code loss script}: counts the calls from 1 and loses exactly the listed numbers. Draws nothing. */
public final class ScriptedLossModel implements LossModel {
    private final long[] numbers;
    private int next;
    private long count;

    public ScriptedLossModel(ScriptedLoss loss) {
        List<Long> list = loss.packetNumbers();
        this.numbers = new long[list.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = list.get(i);
        }
    }

    @Override
    public boolean drop() {
        count++;
        if (next < numbers.length && numbers[next] == count) {
            next++;
            return true;
        }
        return false;
    }
}
