package org.udpsim.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.Html;

class ImpairmentWordsTest {
    @Test
    void describe_lossyWifi_inWords() {
        assertEquals("delays every packet 150ms ± 60ms (normal distribution): the ±60ms lets later packets overtake"
                + " earlier ones; loses 20% of packets at random; "
                + "sends 10% of packets at once, ahead of the others",
                ImpairmentWords.describe("loss 20% delay 150ms 60ms distribution normal reorder 10%", "",
                        Labels.of(Lang.EN)));
    }

    @Test
    void describe_burstsAndNoRetries() {
        assertEquals("loses packets in bursts (Gilbert-Elliott: into a burst 2%, out of it 20%); the radio never"
                + " retries: a lost frame is a lost datagram",
                ImpairmentWords.describe("loss gemodel 2% 20%", "retries 0", Labels.of(Lang.EN)));
    }

    @Test
    void describe_chinese() {
        assertEquals("随机丢失 5% 的数据包；无线电最多重传丢失的单播帧 7 次",
                ImpairmentWords.describe("loss 5%", "retries 7", Labels.of(Lang.ZH)));
    }

    @Test
    void escape_markupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;, &#39;y&#39;) &amp;&lt;/script&gt;",
                Html.escape("<script>alert(\"x\", 'y') &</script>"));
    }
}
