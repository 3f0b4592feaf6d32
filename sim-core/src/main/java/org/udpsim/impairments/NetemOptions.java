package org.udpsim.impairments;

import static org.udpsim.impairments.NetemParam.packetList;
import static org.udpsim.impairments.NetemParam.percent;
import static org.udpsim.impairments.NetemParam.rate;
import static org.udpsim.impairments.NetemParam.time;
import static org.udpsim.impairments.NetemParam.whole;
import static org.udpsim.impairments.NetemParam.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one description of the netem options udpsim applies: for each option its keyword, its forms and parameters
 * in netem's order (name, kind, required or not) and its words for a teacher. A scenario's structured form, the
 * scenario schema, the scenario format's table of impairment keys, the parser's usage line and the report's words
 * are all made from {@link #ALL}, so an option added here (with its part of {@link NetemSpec}, its entry in
 * {@link NetemParser} and its stage in {@link ImpairmentChain}) appears in all of them.
 *
 * <p>Plain data: no YAML or JSON here; the scenarios module turns it into those.
 */
public final class NetemOptions {
    private static final String CORRELATION = "netem's correlation with the previous draw";

    /** {@code delay TIME [JITTER [CORRELATION]] [distribution NAME]}; see {@link Delay}. */
    public static final NetemOption DELAY = new NetemOption("delay", "how long each packet waits", "",
            List.of("delay 20ms 10ms 25% distribution normal"), List.of(NetemForm.of("", "",
                    words("delays every packet {time}[ ± {jitter}][ ({distribution} distribution)][: the ±{jitter}"
                                    + " lets later packets overtake earlier ones]",
                            "每个数据包延迟 {time}[ ± {jitter}][（{distribution} 分布）][：±{jitter} 的抖动让后发的"
                                    + "数据包可能超过先发的]"),
                    time("time", "The mean delay").asRequired(),
                    time("jitter", "The random variation, ±").byDefault("0ms"),
                    percent("correlation", "netem's correlation of the jitter with the previous draw"),
                    word("distribution", Distribution.netemNames(), "The jitter's distribution")
                            .afterKeyword("distribution").byDefault(Distribution.UNIFORM.netemName()))));

    /** {@code loss [random] PERCENT [CORRELATION] | loss gemodel ... | loss state ... | loss script ...}. */
    public static final NetemOption LOSS = new NetemOption("loss", "which packets are lost", "",
            List.of("loss 5%", "loss gemodel 1% 10%", "loss script 3,5,7"), List.of(
                    NetemForm.of("random", "Independent loss",
                            words("loses {percent} of packets at random", "随机丢失 {percent} 的数据包"),
                            percent("percent", "The share of packets lost at random").asRequired(),
                            percent("correlation", CORRELATION + " (deprecated by netem)")),
                    NetemForm.of("gemodel", "Gilbert-Elliott loss",
                            words("loses packets in bursts (Gilbert-Elliott: into a burst {p}[, out of it {r}])",
                                    "突发丢包（Gilbert-Elliott 模型：进入突发 {p}[，离开突发 {r}]）"),
                            percent("p", "Good to bad").asRequired(),
                            percent("r", "Bad to good"),
                            percent("1-h", "Loss in the bad state"),
                            percent("1-k", "Loss in the good state")),
                    NetemForm.of("state", "4-state Markov loss",
                            words("loses packets in bursts (a 4-state Markov model)", "突发丢包（四状态马尔可夫模型）"),
                            percent("p13", "From good reception into a burst (a loss)").asRequired(),
                            percent("p31", "From a loss in a burst back to good reception"),
                            percent("p32", "From a loss in a burst to good reception within it"),
                            percent("p23", "From good reception within a burst to a loss"),
                            percent("p14", "From good reception to an isolated loss")),
                    NetemForm.of("script", "Lose exactly these packets (counted from 1)",
                            words("loses packets number {packets}", "丢弃第 {packets} 个数据包"),
                            packetList("packets", "Lose exactly these packets (counted from 1): a list or text such"
                                    + " as '3,5,7-9'").asRequired())));

    /** {@code duplicate PERCENT [CORRELATION]}; see {@link Duplicate}. */
    public static final NetemOption DUPLICATE = shareOption("duplicate", "which packets are sent twice", "",
            "The share of packets duplicated", words("sends {percent} of packets twice", "{percent} 的数据包被发送两次"));

    /** {@code corrupt PERCENT [CORRELATION]}; see {@link Corrupt}. */
    public static final NetemOption CORRUPT = shareOption("corrupt", "which packets get a bit flipped", "",
            "The share of packets corrupted", words("flips a bit in {percent} of packets", "{percent} 的数据包中有一位被翻转"));

    /** {@code reorder PERCENT [CORRELATION] [gap DISTANCE]}; see {@link Reorder}. */
    public static final NetemOption REORDER = new NetemOption("reorder", "which packets skip the delay",
            "needs a delay", List.of("delay 10ms reorder 10% gap 5"), List.of(NetemForm.of("", "",
                    words("sends {percent} of packets at once, ahead of the others", "{percent} 的数据包被立即发送，越过其他数据包"),
                    percent("percent", "The share of packets sent at once, ahead of delayed ones").asRequired(),
                    percent("correlation", CORRELATION),
                    whole("gap", 1, Integer.MAX_VALUE, "Reorder one packet in every GAP").afterKeyword("gap")
                            .withMetavar("DISTANCE").byDefault("1"))));

    /** {@code rate RATE [PACKETOVERHEAD [CELLSIZE [CELLOVERHEAD]]]}; see {@link Rate}. */
    public static final NetemOption RATE = new NetemOption("rate", "the link's speed", "", List.of("rate 1mbit 14"),
            List.of(NetemForm.of("", "",
                    words("limits the rate to {speed}[, counting {packetoverhead} bytes more per packet][ in cells of"
                            + " {cellsize} bytes][ and {celloverhead} bytes more per cell]",
                            "速率限制为 {speed}[，每个数据包多计 {packetoverhead} 字节][，按 {cellsize} 字节分块]"
                                    + "[，每块多计 {celloverhead} 字节]"),
                    rate("speed", "The rate").asRequired().withMetavar("RATE"),
                    whole("packetoverhead", Integer.MIN_VALUE, Integer.MAX_VALUE, "Bytes added to each packet")
                            .byDefault("0"),
                    whole("cellsize", 0, Integer.MAX_VALUE, "The cell size in bytes").byDefault("0"),
                    whole("celloverhead", Integer.MIN_VALUE, Integer.MAX_VALUE, "Bytes added to each cell")
                            .byDefault("0"))));

    /** {@code slot MIN_DELAY [MAX_DELAY] [packets PACKETS] [bytes BYTES]}; see {@link Slot}. */
    public static final NetemOption SLOT = new NetemOption("slot", "sends packets in bursts, slot by slot", "",
            List.of("slot 10ms 20ms packets 4"), List.of(NetemForm.of("", "",
                    words("sends packets in bursts, one slot every {min_delay}[ to {max_delay}][ of at most"
                            + " {packets} packets][ of at most {bytes} bytes]",
                            "成批发送数据包：每 {min_delay}[ 到 {max_delay}] 一个时隙[，每个时隙最多 {packets} 个数据包]"
                                    + "[，每个时隙最多 {bytes} 字节]"),
                    time("min_delay", "The shortest time from one slot to the next").asRequired(),
                    time("max_delay", "The longest time from one slot to the next; min_delay if not given"),
                    whole("packets", 0, Integer.MAX_VALUE, "The most packets sent in one slot; 0 for no limit")
                            .afterKeyword("packets").byDefault("0"),
                    whole("bytes", 0, Integer.MAX_VALUE, "The most bytes sent in one slot; 0 for no limit")
                            .afterKeyword("bytes").byDefault("0"))));

    /** {@code limit PACKETS}: how many packets the hop may hold. */
    public static final NetemOption LIMIT = new NetemOption("limit", "how many packets the hop may hold", "",
            List.of("limit 50"), List.of(NetemForm.of("", "",
                    words("holds at most {limit} packets", "最多容纳 {limit} 个数据包"),
                    whole("limit", 0, Integer.MAX_VALUE, "How many packets the hop may hold").asRequired()
                            .withMetavar("PACKETS").byDefault(Integer.toString(NetemSpec.DEFAULT_LIMIT)))));

    /** Every option, in the order {@link NetemSpec#toNetem()} writes them. */
    public static final List<NetemOption> ALL = List.of(DELAY, LOSS, DUPLICATE, CORRUPT, REORDER, RATE, SLOT,
            LIMIT);

    private static final Map<String, NetemOption> BY_KEYWORD = ALL.stream()
            .collect(Collectors.toMap(NetemOption::keyword, o -> o, (a, b) -> a, LinkedHashMap::new));

    private NetemOptions() {
    }

    /** The option with this keyword (not abbreviated), or null. */
    public static NetemOption byKeyword(String keyword) {
        return BY_KEYWORD.get(keyword);
    }

    /** Every option's usage, e.g. {@code netem options: [delay TIME [JITTER ...]] [loss ...] ...}. */
    public static String usage() {
        return "netem options: " + ALL.stream().map(o -> "[" + o.usage() + "]").collect(Collectors.joining(" "));
    }

    /**
     * Splits netem text as {@link NetemSpec#toNetem()} writes it (every keyword in full, values as netem writes
     * them) into its options, each with its form and values: {@code delay 20ms 10ms loss 5%} is delay with time
     * {@code 20ms} and jitter {@code 10ms}, then loss (form random) with percent {@code 5%}.
     *
     * @throws IllegalArgumentException if a word is not where such text has it
     */
    public static List<GivenOption> read(String netem) {
        String trimmed = netem.strip();
        String[] t = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        List<GivenOption> given = new ArrayList<>();
        int i = 0;
        while (i < t.length) {
            NetemOption option = byKeyword(t[i++]);
            if (option == null) {
                throw new IllegalArgumentException("not an option where \"" + t[i - 1] + "\" is, in \"" + netem + "\"");
            }
            NetemForm form = option.defaultForm();
            if (i < t.length && option.form(t[i]) != null) {
                form = option.form(t[i++]);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (NetemParam p : form.positional()) {
                if (i >= t.length || byKeyword(t[i]) != null || form.paramWithKeyword(t[i]) != null) {
                    break;
                }
                values.put(p.name(), t[i++]);
            }
            while (i + 1 < t.length && form.paramWithKeyword(t[i]) != null) {
                values.put(form.paramWithKeyword(t[i]).name(), t[i + 1]);
                i += 2;
            }
            given.add(new GivenOption(option, form, values));
        }
        return given;
    }

    private static NetemOption shareOption(String keyword, String meaning, String note, String share,
            NetemForm.Words words) {
        return new NetemOption(keyword, meaning, note, List.of(keyword + " 1%"), List.of(NetemForm.of("", "", words,
                percent("percent", share).asRequired(), percent("correlation", CORRELATION))));
    }

    private static NetemForm.Words words(String en, String zh) {
        return new NetemForm.Words(en, zh);
    }
}
