package org.udpsim.reports.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every word a report shows, in English and Chinese. A label may hold {@link String#format} arguments. Text that
 * comes from a run (names, printed lines) is never a label: it is shown as it is, escaped.
 */
public final class Labels {
    private static final Map<String, String[]> TEXT = new TreeMap<>();

    static {
        // charts
        put("time.ms", "time (ms)", "时间（毫秒）");
        put("time.s", "time (s)", "时间（秒）");
        put("ladder.title", "The first packets: %s", "最初的数据包：%s");
        put("ladder.lost", "lost", "丢失");
        put("ladder.retransmission", "retransmission", "重传");
        put("ladder.node", "node", "节点");
        put("arrival.title", "Order of arrival", "到达顺序");
        put("arrival.x", "order of arrival at the receiver", "在接收方的到达次序");
        put("arrival.y", "sequence number (order sent)", "序号（发送次序）");
        put("arrival.inOrder", "%s in order", "%s 按序到达");
        put("arrival.reordered", "%s overtaken: arrived after a later one", "%s 乱序：晚于后发的包到达");
        put("delay.title", "One-way delay over time", "单向时延随时间的变化");
        put("delay.x", "time sent (s)", "发送时间（秒）");
        put("delay.y", "one-way delay (ms)", "单向时延（毫秒）");
        put("delayDist.title", "Distribution of one-way delay", "单向时延的分布");
        put("delayDist.y", "packets", "数据包数");
        put("delivered.title", "Messages delivered over time", "随时间送达的消息");
        put("delivered.y", "messages", "消息数");
        put("delivered.sent", "%s sent", "%s 已发送");
        put("delivered.delivered", "%s delivered", "%s 已送达");
        put("delivered.segmentsSent", "%s data segments sent", "%s 已发送的数据段");
        put("delivered.segmentsDelivered", "%s data segments delivered in order", "%s 按序送达的数据段");
        put("drops.title", "Drops by reason and place", "按原因和位置统计的丢包");
        put("drops.x", "where the packet died", "数据包丢失的位置");
        put("drops.y", "packets dropped", "丢弃的数据包数");
        put("drops.none", "no packet was dropped", "没有丢包");
        put("sweep.delivered.title", "Delivered share against %s", "送达率与%s");
        put("sweep.delivered.y", "delivered share (%)", "送达率（%）");
        put("sweep.first.title", "Time to first delivery against %s", "首次送达时间与%s");
        put("sweep.first.y", "time to first delivery (ms)", "首次送达时间（毫秒）");
        put("sweep.delay.title", "One-way delay against %s", "单向时延与%s");
        put("sweep.inOrder.title", "In-order share against %s", "按序到达率与%s");
        put("sweep.loss", "loss rate", "丢包率");
        put("sweep.inOrder.y", "in-order share (%)", "按序到达率（%）");
        put("sweep.x", "loss rate (%)", "丢包率（%）");
        put("sweep.band", "line: mean over the replications; shaded band: its 95 % confidence interval",
                "折线：各次重复的平均值；阴影带：其 95% 置信区间");
        // drop reasons
        put("reason.loss", "random loss", "随机丢失");
        put("reason.radio", "radio: every try lost", "无线：每次重传都丢失");
        put("reason.queue_full", "transmit queue full", "发送队列已满");
        put("reason.netem_limit", "netem limit", "netem 队列上限");
        put("reason.socket_queue_full", "receiver's socket queue full", "接收方套接字队列已满");
        put("reason.checksum", "bad checksum", "校验和错误");
        put("reason.no_route", "no route", "没有路由");
        put("reason.ttl_expired", "TTL expired", "TTL 耗尽");
        put("reason.no_listener", "nobody listens on the port", "端口无人监听");
        put("reason.host_unreachable", "host unreachable", "主机不可达");
        put("reason.too_big", "too big", "数据报过大");
        // page
        put("page.title", "udpsim report: %s", "udpsim 报告：%s");
        put("page.scenario", "Scenario", "场景");
        put("page.network", "Network", "网络拓扑");
        put("page.impairments", "Impairments", "网络损伤");
        put("page.impairments.none", "None: a clean network.", "无：网络是干净的。");
        put("page.hop", "hop", "链路方向");
        put("page.words", "what it does", "含义");
        put("page.netem", "netem line", "netem 命令");
        put("page.everyStation", "every station ↔ %s", "所有终端 ↔ %s");
        put("page.summary", "Summary", "统计摘要");
        put("page.flow", "flow", "数据流");
        put("page.sent", "sent", "已发送");
        put("page.delivered", "delivered", "已送达");
        put("page.lost", "lost", "丢失");
        put("page.duplicated", "duplicated", "重复");
        put("page.reordered", "reordered", "乱序");
        put("page.delay", "delay ms min / median / max", "时延（毫秒）最小 / 中位 / 最大");
        put("page.boards", "Boards", "掌控板");
        put("page.board", "board", "掌控板");
        put("page.ip", "IP", "IP");
        put("page.program", "program", "程序");
        put("page.ended", "ended with", "结束时的错误");
        put("page.charts", "Charts", "图表");
        put("page.sweep", "Sweep", "参数扫描");
        put("page.filmstrip", "OLED filmstrip", "OLED 画面胶片");
        put("page.filmstrip.none", "No board showed anything on its OLED.", "没有掌控板在 OLED 上显示内容。");
        put("page.filmstrip.after", "after %s", "收到 %s 后");
        put("page.filmstrip.from", "from %s", "来自 %s");
        put("page.points", "Teaching points", "教学要点");
        put("page.points.none", "The scenario states no teaching point.", "该场景没有列出教学要点。");
        put("page.points.pending", "not evaluated here (udpsim check)", "此处未评估（见 udpsim check）");
        put("page.pass", "PASS", "通过");
        put("page.fail", "FAIL", "未通过");
        put("page.console", "Console logs", "串口输出");
        put("page.console.empty", "(printed nothing)", "（没有输出）");
        put("page.reproduce", "Reproduce this run", "复现本次运行");
        put("page.seed", "seed", "随机种子");
        put("page.duration", "simulated time", "模拟时长");
        put("page.command", "command", "命令");
        put("page.none", "none", "无");
        // impairment words
        put("imp.delay", "delays every packet %s", "每个数据包延迟 %s");
        put("imp.jitter", "%s ± %s", "%s ± %s");
        put("imp.distribution", " (%s distribution)", "（%s 分布）");
        put("imp.loss", "loses %s of packets at random", "随机丢失 %s 的数据包");
        put("imp.gemodel", "loses packets in bursts (Gilbert-Elliott: into a burst %s, out of it %s)",
                "突发丢包（Gilbert-Elliott 模型：进入突发 %s，离开突发 %s）");
        put("imp.state", "loses packets in bursts (a 4-state Markov model)", "突发丢包（四状态马尔可夫模型）");
        put("imp.scripted", "loses packets number %s", "丢弃第 %s 个数据包");
        put("imp.duplicate", "sends %s of packets twice", "%s 的数据包被发送两次");
        put("imp.corrupt", "flips a bit in %s of packets", "%s 的数据包中有一位被翻转");
        put("imp.reorder", "sends %s of packets at once, ahead of the others", "%s 的数据包被立即发送，越过其他数据包");
        put("imp.rate", "limits the rate to %s", "速率限制为 %s");
        put("imp.limit", "holds at most %d packets", "最多容纳 %d 个数据包");
        put("imp.retries", "the radio retries a lost unicast frame up to %d times",
                "无线电最多重传丢失的单播帧 %d 次");
        put("imp.noRetries", "the radio never retries: a lost frame is a lost datagram",
                "无线电从不重传：丢失的帧就是丢失的数据报");
        // ladder
        put("reason.radio.noRetries", "radio: frame lost", "无线：帧丢失");
        put("ladder.zoom.axis", "time (ms), enlarged", "时间（毫秒），放大");
        put("ladder.zoom.band", "enlarged in the top panel", "在上图中放大");
    }

    private final Lang lang;

    private Labels(Lang lang) {
        this.lang = lang;
    }

    public static Labels of(Lang lang) {
        return new Labels(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The label {@code key} in this language, formatted with {@code args}. */
    public String get(String key, Object... args) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        String s = t[lang.ordinal()];
        return args.length == 0 ? s : String.format(Locale.ROOT, s, args);
    }

    /** The label of a drop reason ({@code socket_queue_full}), or the reason itself if it has none. */
    public String reason(String reason) {
        return TEXT.containsKey("reason." + reason) ? get("reason." + reason) : reason;
    }

    /**
     * The label of a drop reason where the radio hop it happened on retries a lost frame {@code retries} times
     * (negative: not known): a radio drop with no retries lost its one frame ("radio: frame lost"), with retries every
     * try was lost; any other reason as {@link #reason(String)}.
     */
    public String reason(String reason, int retries) {
        return reason.equals("radio") && retries == 0 ? get("reason.radio.noRetries") : reason(reason);
    }

    private static void put(String key, String en, String zh) {
        TEXT.put(key, new String[] {en, zh});
    }
}
