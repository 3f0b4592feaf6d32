package org.udpsim.impairments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads netem options exactly as a teacher pastes them after {@code tc qdisc add dev X root netem}, e.g.
 * {@code loss 20% delay 20ms 10ms reorder 10%}, into a {@link NetemSpec} (tc-netem(8); q_netem.c).
 *
 * <p>Like {@code tc}: options come in any order and may be abbreviated ({@code del} is {@code delay});
 * {@code latency} and {@code drop} are synonyms of {@code delay} and {@code loss}; an optional value is taken when
 * the next word starts with a digit; values use {@link NetemFormat}'s units. udpsim adds {@code loss script 3,5,7}
 * (lose exactly the 3rd, 5th and 7th packet) and accepts the labels that {@code tc qdisc show} prints inside
 * {@code loss state} and {@code loss gemodel}. A whole {@code tc qdisc ... netem ...} line is accepted too.
 *
 * <p>Impossible settings throw a {@link NetemException} naming the option; settings netem accepts but that surprise
 * people become warnings in the {@link NetemParseResult}. {@code ecn} and {@code seed} are accepted and ignored
 * with a warning; {@code slot distribution} and percentage rates are not supported.
 */
public final class NetemParser {
    private static final String USAGE = NetemOptions.usage();
    /** Keywords in the order tc tries them, so an abbreviation means what it means to tc; synonyms map. */
    private static final String[][] KEYWORDS = {
        {"limit", "limit"}, {"latency", "delay"}, {"delay", "delay"}, {"loss", "loss"}, {"drop", "loss"},
        {"ecn", "ecn"}, {"reorder", "reorder"}, {"corrupt", "corrupt"}, {"gap", "gap"}, {"duplicate", "duplicate"},
        {"distribution", "distribution"}, {"slot", "slot"}, {"rate", "rate"}, {"seed", "seed"},
    };
    private static final List<String> KEYWORD_NAMES = List.of("limit", "delay", "latency", "loss", "drop",
            "duplicate", "corrupt", "reorder", "gap", "rate", "distribution", "ecn", "seed", "slot");
    private static final List<String> LOSS_MODELS = NetemOptions.LOSS.forms().stream().map(NetemForm::keyword)
            .toList();
    private static final List<String> DISTRIBUTIONS = Distribution.netemNames();
    private static final String[] STATE_LABELS = labels(NetemOptions.LOSS.form("state"));
    private static final String[] GEMODEL_LABELS = labels(NetemOptions.LOSS.form("gemodel"));
    private static final int MAX_SCRIPTED = 1_000_000;

    private final String[] tokens;
    private int pos;
    private final List<String> warnings = new ArrayList<>();
    private final TreeSet<String> seen = new TreeSet<>();
    private String lastOption = "";

    private Delay delay = Delay.NONE;
    private Distribution distribution = Distribution.UNIFORM;
    private Loss loss = Loss.NONE;
    private boolean lossGiven;
    private Duplicate duplicate = Duplicate.NONE;
    private Corrupt corrupt = Corrupt.NONE;
    private double reorderPercent;
    private double reorderCorrelation;
    private long gap;
    private Rate rate = Rate.NONE;
    private long limit = NetemSpec.DEFAULT_LIMIT;
    private Slot slot = Slot.NONE;

    private NetemParser(String[] tokens) {
        this.tokens = tokens;
    }

    /**
     * Reads netem options; an empty or blank string is {@link NetemSpec#NONE}.
     *
     * @throws NetemException if an option is unknown, lacks its value, has a value out of range, or contradicts
     *     another option
     */
    public static NetemParseResult parse(String options) {
        if (options == null) {
            throw new NetemException("netem", "netem options must not be null; use \"\" for no impairment");
        }
        String trimmed = options.strip();
        String[] tokens = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        NetemParser p = new NetemParser(tokens);
        p.skipCommandPrefix();
        NetemSpec spec = p.readAll();
        List<String> all = new ArrayList<>(p.warnings);
        all.addAll(spec.warnings());
        return new NetemParseResult(spec, all);
    }

    /** Skips {@code [sudo] tc qdisc ... netem} when a whole command line was pasted. */
    private void skipCommandPrefix() {
        if (tokens.length > 0 && (tokens[0].equals("tc") || tokens[0].equals("sudo"))) {
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].equals("netem")) {
                    pos = i + 1;
                    return;
                }
            }
            throw new NetemException("netem", "this tc command has no \"netem\": give the options after"
                    + " \"tc qdisc add dev X root netem\"");
        }
    }

    private NetemSpec readAll() {
        while (pos < tokens.length) {
            String word = tokens[pos++];
            String option = keyword(word);
            if (seen.contains(option) && !option.equals("loss")) {
                warnings.add(option + " is given twice; as in tc, the last one counts");
            }
            seen.add(option);
            switch (option) {
                case "limit" -> limit = readCount("limit", usage(NetemOptions.LIMIT));
                case "delay" -> readDelay();
                case "distribution" -> readDistribution();
                case "loss" -> readLoss();
                case "duplicate" -> duplicate = new Duplicate(readShare("duplicate", usage(NetemOptions.DUPLICATE)),
                        optionalShare("duplicate correlation"));
                case "corrupt" -> corrupt = new Corrupt(readShare("corrupt", usage(NetemOptions.CORRUPT)),
                        optionalShare("corrupt correlation"));
                case "reorder" -> {
                    reorderPercent = readShare("reorder", usage(NetemOptions.REORDER));
                    reorderCorrelation = optionalShare("reorder correlation");
                }
                case "gap" -> gap = readCount("gap", NetemOptions.REORDER.defaultForm().param("gap").usage());
                case "rate" -> readRate();
                case "ecn" -> warnings.add("ecn is ignored: it marks ECN-capable packets instead of dropping them,"
                        + " and udpsim's packets are not ECN-capable, so they are dropped as without ecn");
                case "seed" -> {
                    value("seed", "seed VALUE");
                    warnings.add("seed is ignored: udpsim draws from the run's own seed, so runs repeat anyway");
                }
                case "slot" -> readSlot();
                default -> throw new IllegalStateException(option);
            }
            lastOption = option;
        }
        return build();
    }

    private NetemSpec build() {
        Delay d = new Delay(delay.timeNanos(), delay.jitterNanos(), delay.correlationPercent(), distribution);
        if (gap > 0 && reorderPercent == 0) {
            throw new NetemException("gap", "gap " + gap + " needs reorder: it makes one packet in every " + gap
                    + " eligible to be sent at once, e.g. \"delay 10ms reorder 100% gap " + gap + "\"");
        }
        if (gap > Integer.MAX_VALUE) {
            throw new NetemException("gap", "gap must be at most " + Integer.MAX_VALUE + ", was " + gap);
        }
        if (limit > Integer.MAX_VALUE) {
            throw new NetemException("limit", "limit must be at most " + Integer.MAX_VALUE + ", was " + limit);
        }
        Reorder r = new Reorder(reorderPercent, reorderCorrelation, (int) Math.max(1, gap));
        return new NetemSpec(d, loss, duplicate, corrupt, r, rate, (int) limit, slot);
    }

    /** The option a word names, by tc's prefix rule; throws with a did-you-mean if it names none. */
    private String keyword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String[] k : KEYWORDS) {
            if (k[0].startsWith(w)) {
                return k[1];
            }
        }
        if (w.equals("jitter")) {
            throw new NetemException("delay", "jitter is written right after the delay time: \"delay 100ms 10ms\"");
        }
        if (w.equals("help")) {
            throw new NetemException("help", USAGE);
        }
        if (NetemFormat.looksNumeric(w) && !lastOption.isEmpty()) {
            throw new NetemException(lastOption, "unexpected value \"" + word + "\" after " + lastOption + ", which"
                    + " takes no more values here; " + USAGE);
        }
        throw new NetemException(word, "unknown netem option \"" + word + "\""
                + Suggestions.didYouMean(w, KEYWORD_NAMES) + "; " + USAGE);
    }

    private String value(String option, String usage) {
        if (pos >= tokens.length) {
            throw new NetemException(option, option + " needs a value: " + usage);
        }
        return tokens[pos++];
    }

    private boolean nextIsNumber() {
        return pos < tokens.length && NetemFormat.looksNumeric(tokens[pos]);
    }

    private double readShare(String option, String usage) {
        String token = value(option, usage);
        double v = NetemFormat.parsePercent(option, token);
        if (v > 0 && v < 1 && !token.endsWith("%")) {
            warnings.add(option + " " + token + " is read as " + token + "%, as tc reads it; write "
                    + NetemFormat.percent(v * 100) + " if you meant a fraction");
        }
        return v;
    }

    private double optionalShare(String option) {
        return nextIsNumber() ? readShare(option, option) : 0;
    }

    private long readTime(String option, String usage) {
        String token = value(option, usage);
        long nanos = NetemFormat.parseTime(option, token);
        if (NetemFormat.isBareNumber(token)) {
            warnings.add(option + " " + token + " has no unit: read as " + token + "us as tc's get_time() reads it"
                    + " (iproute2 6.9 and later read nanoseconds); write the unit, e.g. " + token + "ms");
        }
        return nanos;
    }

    private long readCount(String option, String usage) {
        long n = NetemFormat.parseInteger(option, value(option, usage));
        Checks.atLeast(option, 0, n);
        return n;
    }

    private void readDelay() {
        String usage = usage(NetemOptions.DELAY);
        long time = readTime("delay", usage);
        long jitter = 0;
        double correlation = 0;
        if (nextIsNumber()) {
            jitter = readTime("delay jitter", usage);
            correlation = optionalShare("delay correlation");
        }
        delay = new Delay(time, jitter, correlation, Distribution.UNIFORM);
    }

    private void readDistribution() {
        String name = value("distribution", NetemOptions.DELAY.defaultForm().param("distribution").usage());
        Distribution d = Distribution.byNetemName(name.toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new NetemException("distribution", "distribution must be uniform, normal, pareto or paretonormal,"
                    + " was \"" + name + "\"" + Suggestions.didYouMean(name.toLowerCase(Locale.ROOT), DISTRIBUTIONS));
        }
        distribution = d;
    }

    private void readLoss() {
        if (lossGiven) {
            throw new NetemException("loss", "loss is given twice; a hop has one loss model");
        }
        lossGiven = true;
        String usage = NetemOptions.LOSS.usage();
        String model = value("loss", usage);
        if (NetemFormat.looksNumeric(model)) {
            pos--;
            model = "random";
        }
        switch (model) {
            case "random" -> loss = new RandomLoss(readShare("loss", usage), optionalShare("loss correlation"));
            case "state" -> loss = StateLoss.withDefaults(readModelValues("loss state", STATE_LABELS, usage));
            case "gemodel" -> loss = GeModelLoss.withDefaults(readModelValues("loss gemodel", GEMODEL_LABELS, usage));
            case "script" -> loss = readScript();
            default -> throw new NetemException("loss", "loss takes a share or one of " + String.join(", ", LOSS_MODELS)
                    + "; got \"" + model + "\"" + Suggestions.didYouMean(model, LOSS_MODELS) + "; " + usage);
        }
    }

    /** Reads 1 to labels.length shares, each optionally preceded by its label as tc prints it. */
    private double[] readModelValues(String option, String[] labels, String usage) {
        double[] values = new double[labels.length];
        int n = 0;
        while (n < labels.length) {
            String name = option + " " + labels[n];
            if (pos < tokens.length && tokens[pos].equals(labels[n])) {
                pos++;
            } else if (n > 0 && !nextIsNumber()) {
                break;
            }
            values[n++] = readShare(name, usage);
        }
        double[] given = new double[n];
        System.arraycopy(values, 0, given, 0, n);
        return given;
    }

    private ScriptedLoss readScript() {
        String usage = "loss script N[,N|,A-B]..., e.g. loss script 3,5,7";
        StringBuilder text = new StringBuilder(value("loss script", usage));
        while (pos < tokens.length && (text.charAt(text.length() - 1) == ',' || tokens[pos].startsWith(","))) {
            text.append(tokens[pos++]);
        }
        TreeSet<Long> numbers = new TreeSet<>();
        for (String item : text.toString().split(",", -1)) {
            String[] range = item.split("-", -1);
            if (range.length > 2 || !item.matches("\\d+(-\\d+)?")) {
                throw new NetemException("loss script", "loss script takes packet numbers and ranges separated by"
                        + " commas, e.g. \"loss script 3,5,7-9\"; got \"" + item + "\" in \"" + text + "\"");
            }
            long from = NetemFormat.parseInteger("loss script", range[0]);
            long to = range.length == 2 ? NetemFormat.parseInteger("loss script", range[1]) : from;
            if (from < 1 || to < from) {
                throw new NetemException("loss script", "loss script counts packets from 1 and ranges go upwards,"
                        + " got \"" + item + "\"");
            }
            if (to - from >= MAX_SCRIPTED || numbers.size() + (to - from) >= MAX_SCRIPTED) {
                throw new NetemException("loss script", "loss script lists at most " + MAX_SCRIPTED + " packets");
            }
            for (long k = from; k <= to; k++) {
                numbers.add(k);
            }
        }
        return new ScriptedLoss(new ArrayList<>(numbers));
    }

    private void readRate() {
        String usage = usage(NetemOptions.RATE);
        String token = value("rate", usage);
        long bits = NetemFormat.parseRate("rate", token);
        if (NetemFormat.isBareNumber(token)) {
            warnings.add("rate " + token + " has no unit: read as bits per second as tc does; write e.g. "
                    + NetemFormat.rate(bits));
        } else if (NetemFormat.isByteRateUnit(token)) {
            warnings.add("rate " + token + ": in tc, bps means bytes per second, so this is "
                    + NetemFormat.rate(bits) + "; write kbit or mbit for bits per second");
        }
        int overhead = nextIsNumber() ? readInt("rate packetoverhead", usage) : 0;
        int cellSize = nextIsNumber() ? readInt("rate cellsize", usage) : 0;
        int cellOverhead = nextIsNumber() ? readInt("rate celloverhead", usage) : 0;
        rate = new Rate(bits, overhead, cellSize, cellOverhead);
    }

    /** {@code slot MIN_DELAY [MAX_DELAY] [packets N] [bytes N]}, the words after the values abbreviated as tc allows. */
    private void readSlot() {
        String usage = usage(NetemOptions.SLOT);
        if (pos < tokens.length && !nextIsNumber()) {
            throw new NetemException("slot", "slot " + tokens[pos] + " is not supported by udpsim, only slot"
                    + " MIN_DELAY [MAX_DELAY]: " + usage);
        }
        long min = readTime("slot", usage);
        long max = nextIsNumber() ? readTime("slot max_delay", usage) : min;
        long packets = 0;
        long bytes = 0;
        if (pos < tokens.length && "packets".startsWith(tokens[pos])) {
            pos++;
            packets = readCount("slot packets", usage);
        }
        if (pos < tokens.length && "bytes".startsWith(tokens[pos])) {
            pos++;
            bytes = readCount("slot bytes", usage);
        }
        if (packets > Integer.MAX_VALUE || bytes > Integer.MAX_VALUE) {
            throw new NetemException("slot", "slot packets and bytes must be at most " + Integer.MAX_VALUE);
        }
        slot = new Slot(min, max, (int) packets, (int) bytes);
    }

    /** An option's usage with its first example: {@code rate RATE [...], e.g. rate 1mbit 14}. */
    private static String usage(NetemOption option) {
        return option.usage() + ", e.g. " + option.examples().get(0);
    }

    /** A form's parameter names, which are also the labels {@code tc qdisc show} prints before the values. */
    private static String[] labels(NetemForm form) {
        return form.params().stream().map(NetemParam::name).toArray(String[]::new);
    }

    private int readInt(String option, String usage) {
        long v = NetemFormat.parseInteger(option, value(option, usage));
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new NetemException(option, option + " is out of range: " + v);
        }
        return (int) v;
    }
}
