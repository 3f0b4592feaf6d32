package org.udpsim.reports.text;

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
        put("delivered.delivered", "%s received", "%s 已收到");
        put("delivered.segmentsSent", "%s data segments sent (first transmissions)", "%s 已发送的数据段（首次发送）");
        put("delivered.segmentsDelivered", "%s data the program could read (segments, in order)",
                "%s 程序可读取的数据（按序的数据段）");
        put("drops.title", "Drops by reason and place", "按原因和位置统计的丢包");
        put("drops.x", "where the packet died", "数据包丢失的位置");
        put("drops.y", "packets dropped", "丢弃的数据包数");
        put("drops.none", "no packet was dropped", "没有丢包");
        put("sweep.delivered.title", "Delivered share against %s", "送达率与%s");
        put("sweep.first.title", "Time to first delivery against %s", "首次送达时间与%s");
        put("sweep.inOrder.title", "In-order share against %s", "按序到达率与%s");
        put("sweep.loss", "loss rate", "丢包率");
        put("sweep.x", "loss rate (%)", "丢包率（%）");
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
        put("page.inFlight", "in flight at the end", "结束时仍在途中");
        put("page.unread", "delivered, never read", "已送达但未被读取");
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
        put("page.view", "Watch the run happen, step by step: view.html", "逐步观看本次运行：view.html");
        put("page.reproduce", "Reproduce this run", "复现本次运行");
        put("page.seed", "seed", "随机种子");
        put("page.duration", "simulated time", "模拟时长");
        put("page.command", "command", "命令");
        put("page.none", "none", "无");
        // impairment words beside netem's, which are in org.udpsim.impairments.NetemOptions
        put("imp.retries", "the radio retries a lost unicast frame up to %d times",
                "无线电最多重传丢失的单播帧 %d 次");
        put("imp.noRetries", "the radio never retries: a lost frame is a lost datagram",
                "无线电从不重传：丢失的帧就是丢失的数据报");
        // truthful pictures: messages as the programs saw them, flows left out, broadcast copies
        put("delivered.datagramsSent", "%s datagrams sent", "%s 已发送的数据报");
        put("delivered.datagramsDelivered", "%s datagrams delivered", "%s 已送达的数据报");
        put("delivered.yPackets", "datagrams or segments", "数据报或数据段");
        put("delivered.yDatagrams", "datagrams", "数据报");
        put("delivered.ySegments", "data segments", "数据段");
        put("delay.yMessages", "delay from program to program (ms)", "从程序到程序的时延（毫秒）");
        put("delay.log", "%s, logarithmic scale", "%s，对数刻度");
        put("delay.cut", "the first %d points of each series are drawn", "每个序列只画出前 %d 个点");
        put("delayDist.yMessages", "messages", "消息数");
        put("flows.notShown", "shown: %s; %d more flows not shown (listed in report.html; choose one with --flow)",
                "显示：%s；另有 %d 个数据流未显示（列在 report.html 中；用 --flow 选择）");
        put("cmp.title", "The messages, side by side", "消息对比");
        put("cmp.sent", "messages sent", "发送的消息");
        put("cmp.delivered", "delivered to the program", "程序收到的消息");
        put("cmp.inOrder", "in order", "按序");
        put("cmp.first", "first delivery (ms)", "首次送达（毫秒）");
        put("cmp.delay", "delay ms min / median / max", "时延（毫秒）最小 / 中位 / 最大");
        put("cmp.packets", "packets sent", "发送的数据包");
        put("cmp.packets.data", "data", "数据");
        put("cmp.packets.handshake", "handshake", "握手");
        put("cmp.packets.acks", "ACKs", "确认（ACK）");
        put("cmp.packets.retransmissions", "retransmissions", "重传");
        put("cmp.packets.teardown", "teardown", "断开连接");
        put("page.packets", "Packets, per flow and run", "数据包（按数据流和运行）");
        put("page.flows.shown", "The per-flow charts show: %s.", "按数据流的图表显示：%s。");
        put("page.flows.notShown", "Not shown (%d): %s. Choose with udpsim report DIR --flow WORDS, e.g. --flow '%s'.",
                "未显示（%d 个）：%s。用 udpsim report DIR --flow 词语 选择，例如 --flow '%s'。");
        put("page.broadcast.note", "A broadcast's row above counts datagrams: delivered means it reached at least one "
                + "listening program, lost that it reached none. Its copies, one per receiver, are counted below.",
                "上表中广播数据流按数据报计数：“已送达”表示至少有一个正在监听的程序收到，“丢失”表示没有程序收到。"
                + "下表按接收方逐份统计其副本。");
        put("page.broadcast.caption", "Broadcast copies, one per receiver", "广播副本（每个接收方一份）");
        put("page.broadcast.copies", "copies", "副本数");
        put("page.broadcast.onTheWay", "lost on the way", "途中丢失");
        put("page.broadcast.nobody", "arrived where nobody listens", "到达但无人监听");
        put("page.broadcast.inFlight", "in flight at the end", "结束时仍在途中");
        put("reach.about", "about %s", "约 %s");
        put("reach.tiny", "less than 0.01 %", "不到 0.01%");
        put("page.reach", "where it applies, end to end", "作用范围与端到端效果");
        put("page.warning", "Warning: %s", "注意：%s");
        put("reach.everyHop", "Applies to every station's radio hop at %s, both ways, to each try of a frame.",
                "作用于 %s 下每个终端的无线链路，双向，对帧的每次发送都生效。");
        put("reach.endToEnd", "From one board to another a datagram crosses two radio hops: with %d retries, %s "
                + "of unicast datagrams and %s of broadcasts are lost end to end.",
                "从一块掌控板到另一块，数据报要经过两段无线链路：重传 %d 次时，端到端丢失的单播数据报为 %s，广播为 %s。");
        put("reach.oneRadioHop", "Applies to %s → %s only, to each try of a frame: with %d retries, %s of datagrams are "
                + "lost there.",
                "只作用于 %s → %s，对帧的每次发送都生效：重传 %d 次时，数据报在此丢失的比例为 %s。");
        put("reach.wired", "Applies to the cable %s → %s only: %s of packets are lost there.",
                "只作用于有线链路 %s → %s：在此丢失的数据包为 %s。");
        put("page.filmstrip.more", "The strip shows the first %d of %d frames; the %d others are in the film below (%s).",
                "胶片显示了 %2$d 帧中的前 %1$d 帧；其余 %3$d 帧见下方动画（%4$s）。");
        put("page.filmstrip.gif", "%s: every frame, at the pace of simulated time", "%s：全部画面，按模拟时间播放");
        // sweep page
        put("sweep.figure.delivered_share", "delivered share (%)", "送达率（%）");
        put("sweep.figure.in_order_share", "in-order share (%)", "按序到达率（%）");
        put("sweep.figure.first_delivery_ms", "time to first delivery (ms)", "首次送达时间（毫秒）");
        put("sweep.figure.delay_ms", "median one-way delay (ms)", "单向时延中位数（毫秒）");
        put("sweep.delayMedian.title", "Median one-way delay against %s", "单向时延中位数与%s");
        put("sweep.bootstrapBand", "line: mean of the %d runs at each point; band: 95 %% interval of the mean "
                + "(percentile bootstrap)", "折线：每个取值点 %d 次运行的平均值；阴影带：平均值的 95%% 区间（百分位自助法）");
        put("sweep.unitAxis", "%s (%s)", "%s（%s）");
        put("sweep.unit.ms", "ms", "毫秒");
        put("sweep.unit.s", "s", "秒");
        put("sweep.unit.us", "µs", "微秒");
        put("sweep.unit.ns", "ns", "纳秒");
        put("sweep.unit.min", "min", "分钟");
        put("sweep.option.loss", "loss rate", "丢包率");
        put("sweep.option.delay", "delay", "时延");
        put("sweep.option.jitter", "delay jitter", "时延抖动");
        put("sweep.option.duplicate", "duplication rate", "重复率");
        put("sweep.option.corrupt", "corruption rate", "损坏率");
        put("sweep.option.reorder", "reordering rate", "乱序率");
        put("sweep.option.rate", "rate limit", "速率限制");
        put("sweep.option.limit", "netem queue limit", "netem 队列上限");
        put("sweep.option.queue", "queue length", "队列长度");
        put("sweep.option.netem", "the number in netem “%s”", "netem “%s” 中的数值");
        put("sweep.hop.radio_up", "%1$s on the %2$s's radio hop, %3$s", "%2$s 的无线链路上的%1$s（%3$s）");
        put("sweep.hop.radio_down", "%1$s on the radio hop to the %2$s, %3$s", "到 %2$s 的无线链路上的%1$s（%3$s）");
        put("sweep.hop.radio_up.group", "%1$s on the radio hops of %2$s, %3$s", "%2$s 的无线链路上的%1$s（%3$s）");
        put("sweep.hop.radio_down.group", "%1$s on the radio hops to %2$s, %3$s", "到 %2$s 的无线链路上的%1$s（%3$s）");
        put("sweep.hop.uplink", "%1$s on the uplink, %3$s", "上行链路上的%1$s（%3$s）");
        put("sweep.hop.wired", "%1$s on the wired hop, %3$s", "有线链路上的%1$s（%3$s）");
        put("sweep.hop.short", "%s (%s)", "%s（%s）");
        put("sweep.radio", "%s on every radio hop of %s", "%2$s 所有无线链路上的%1$s");
        put("sweep.retries", "radio retries at %s", "%s 的无线重传次数");
        put("sweep.count", "number of boards in %s", "%s 组中的掌控板数量");
        put("sweep.start", "start time of %s", "%s 的启动时间");
        put("sweep.arg", "%2$s of %1$s's program", "%1$s 的程序参数 %2$s");
        put("sweep.link", "%s of the link %s – %s", "链路 %2$s – %3$s 的%1$s");
        put("sweep.duration", "simulated time", "模拟时长");
        put("sweep.varied", "What was varied", "扫描的参数");
        put("sweep.variedValues", "%d values: %s", "%d 个取值：%s");
        put("sweep.axisFirst", "The first is the charts' x axis; each combination of the others is a series of its "
                + "own.", "第一个参数是图表的横轴；其余参数的每种组合各成一条曲线。");
        put("sweep.runs", "Each of the %d points ran %d times, with seeds %d to %d: the same seeds at every point, so "
                + "the points differ only in what was varied (%d runs in all).",
                "%d 个取值点各运行 %d 次，随机种子为 %d 到 %d：每个取值点用相同的种子，因此各点之间只有扫描的参数不同（共 %d 次运行）。");
        put("sweep.method", "Lines are the mean of a point's runs. Bands, and the intervals in the tables, are 95 %% "
                + "intervals of that mean by a percentile bootstrap (%d resamples of the point's runs): they stay "
                + "within the values the runs measured, so a share stays between 0 and 100 %% and a time at 0 or "
                + "above, and a skewed figure gets a lopsided band. With fewer than about 20 runs a point they are "
                + "too narrow.", "折线是每个取值点各次运行的平均值。阴影带和表中的区间是该平均值的 95%% 区间，用百分位自助法"
                + "求得（对该点的各次运行重抽样 %d 次）：区间不会超出实际测得的数值，因此比例保持在 0 到 100%% 之间，时间不小于 0，"
                + "偏斜的指标得到不对称的区间。每个点少于约 20 次运行时，区间偏窄。");
        put("sweep.figures", "Delivered share: the share of the messages sent that arrived. In-order share: the share "
                + "of those that arrived in the order sent. Time to first delivery: from the first message sent to the "
                + "first one received, TCP's handshake included. Median one-way delay: the median over a run's "
                + "messages. A run that delivered nothing has no time and no delay: n says how many runs counted.",
                "送达率：已发送的消息中到达的比例。按序到达率：到达的消息中按发送顺序到达的比例。首次送达时间：从发送第一条消息到收到"
                + "第一条消息的时间，包括 TCP 的握手。单向时延中位数：一次运行中各消息时延的中位数。没有送达任何消息的运行没有时间和时延："
                + "n 表示计入的运行次数。");
        put("sweep.numbers", "The numbers", "数据表");
        put("sweep.protocol", "protocol", "协议");
        put("sweep.n", "n (runs)", "n（次）");
        put("sweep.mean", "mean", "平均值");
        put("sweep.interval", "95 % interval", "95% 区间");
        put("sweep.reproduce", "Reproduce this sweep", "复现本次扫描");
        put("sweep.seeds", "seeds", "随机种子");
        put("sweep.seedsRange", "%d to %d (%d runs a point)", "%d 到 %d（每个取值点 %d 次）");
        put("sweep.noCommand", "(not recorded)", "（未记录）");
        // the view (view.html): a run played back
        put("view.title", "udpsim view: %s", "udpsim 回放：%s");
        put("view.play", "play", "播放");
        put("view.pause", "pause", "暂停");
        put("view.prev", "previous event", "上一个事件");
        put("view.next", "next event", "下一个事件");
        put("view.speed", "speed", "速度");
        put("view.time", "simulated time", "模拟时间");
        put("view.boards", "Boards: OLED and console", "掌控板：OLED 与串口输出");
        put("view.packet", "Packet #%s", "数据包 #%s");
        put("view.fate", "Its way, hop by hop", "逐跳经过");
        put("view.payload", "payload (%s bytes)", "载荷（%s 字节）");
        put("view.hex", "hex", "十六进制");
        put("view.text", "text", "文本");
        put("view.ipv4", "IPv4 header", "IPv4 首部");
        put("view.udp", "UDP header", "UDP 首部");
        put("view.tcp", "TCP header", "TCP 首部");
        put("view.source", "source", "源地址");
        put("view.destination", "destination", "目的地址");
        put("view.ttl", "TTL", "TTL");
        put("view.identification", "identification", "标识");
        put("view.headerChecksum", "header checksum", "首部校验和");
        put("view.ports", "ports", "端口");
        put("view.length", "length", "长度");
        put("view.checksum", "checksum", "校验和");
        put("view.flags", "flags", "标志");
        put("view.seq", "sequence number", "序号");
        put("view.ack", "acknowledgement number", "确认号");
        put("view.window", "window", "窗口");
        put("view.noBytes", "The run kept no capture of this packet's bytes.", "本次运行没有保存该数据包的字节。");
        put("view.inFlight", "still on its way when the run ended", "运行结束时仍在途中");
        put("view.left", "This view shows the first %s of the run's %s packets (those sent until %s s), to keep the "
                + "page small; the others are left out (they are in trace.jsonl and the captures).",
                "为控制页面大小，本回放只显示本次运行 %2$s 个数据包中的前 %1$s 个（%3$s 秒之前发送的）；其余的未显示"
                + "（见 trace.jsonl 与抓包文件）。");
        put("view.noFrame", "(nothing shown yet)", "（尚无显示）");
        put("view.thinned", "%s more packets are not drawn now: at most %s on one hop or at one place, %s in all",
                "另有 %s 个数据包此刻未画出：每一跳或每一处最多画 %s 个，总共最多 %s 个");
        put("view.earlier", "… %s earlier lines (all are in console/)", "……之前的 %s 行（全部见 console/）");
        put("view.keys", "Space: play / pause · ← →: previous / next event · Shift + ← →: 1 ms back / on",
                "空格：播放 / 暂停 · ← →：上一个 / 下一个事件 · Shift + ← →：后退 / 前进 1 毫秒");
        put("view.report", "the report", "报告");
        put("view.close", "close", "关闭");
        put("view.copy", "a copy of #%s", "#%s 的副本");
        put("view.ev.sent", "sent by %s", "由 %s 发送");
        put("view.ev.enqueue", "queued on %s (%s ahead)", "在 %s 排队（前面 %s 个）");
        put("view.ev.radio", "radio %s: %s", "无线 %s：%s");
        put("view.radioOk", "through after %s tries", "尝试 %s 次后送出");
        put("view.radioLost", "all %s tries lost", "%s 次尝试全部丢失");
        put("view.ev.button", "button %s pressed", "按键 %s 被按下");
        put("view.button", "button %s", "按键 %s");
        put("view.options", "options", "选项");
        put("view.payloadLength", "payload length", "载荷长度");
        put("view.ev.reorder", "sent at once on %s, ahead of the others", "在 %s 被立即发送，越过其他数据包");
        put("view.ev.copy", "copied on %s (%s)", "在 %s 被复制（%s）");
        put("view.ev.forward", "passed on by %s", "由 %s 转发");
        put("view.ev.deliver", "delivered to %s", "送达 %s");
        put("view.ev.drop", "dropped at %s: %s", "在 %s 被丢弃：%s");
        put("view.ev.corrupt", "a bit flipped on %s", "在 %s 有一位被翻转");
        put("view.ev.unread", "still in %s's socket queue when the run ended: never read by its program",
                "运行结束时仍在 %s 的套接字队列中：程序从未读取");
        put("view.ev.unreadClosed", "thrown away unread when %s's program closed its socket",
                "%s 的程序关闭套接字时被丢弃，从未读取");
        put("view.ev.tcp_retransmit", "retransmission by %s (%s)", "由 %s 重传（%s）");
        put("view.overtook", "overtook", "超车");
        put("view.printed", "printed", "已输出");
        // ladder
        put("reason.radio.noRetries", "radio: frame lost", "无线：帧丢失");
        put("ladder.zoom.axis", "time (ms), enlarged", "时间（毫秒），放大");
        put("ladder.zoom.band", "enlarged in the top panel", "在上图中放大");
        // udpsim serve: the controls beside the view
        put("serve.title", "What if…", "如果……会怎样");
        put("serve.hint", "Change a value: the lesson runs again and the view stays at the same moment.",
                "改变一个值：课程重新运行，视图停在同一时刻。");
        put("serve.seed", "seed", "随机种子");
        put("serve.retries", "%s retries", "%s 重传次数");
        put("serve.more", "more options", "更多选项");
        put("serve.running", "running…", "运行中……");
        put("serve.shown", "run %s shown, %s ms after the change", "已显示第 %s 次运行，距改变 %s 毫秒");
        put("serve.refused", "Refused; the previous run stays shown:", "被拒绝；仍显示上一次运行：");
        put("serve.command", "The same run from the command line:", "命令行中的同一次运行：");
        put("serve.failed", "The server did not answer: %s", "服务器没有应答：%s");
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

    /** Every label in {@code lang}, unformatted, in the order of their keys. */
    static java.util.List<String> all(Lang lang) {
        return TEXT.values().stream().map(t -> t[lang.ordinal()]).toList();
    }

    private static void put(String key, String en, String zh) {
        TEXT.put(key, new String[] {en, zh});
    }
}
