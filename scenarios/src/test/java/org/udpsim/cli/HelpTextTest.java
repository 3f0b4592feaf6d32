package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;

/**
 * Every command's help, rendered at 80 and at 120 columns, reads as whole sentences wrapped once: each paragraph
 * (the description's, each command's line in a command list, each option's) ends with a full stop, not cut off at
 * "...output folder:" or "...in", and no line ends early where the next word would still have fitted (the sign of
 * a text broken by hand and then wrapped again by picocli).
 */
class HelpTextTest {

    /** Every command and subcommand, the root first. */
    private static List<CommandLine> commands(CommandLine cl) {
        List<CommandLine> all = new ArrayList<>(List.of(cl));
        for (CommandLine sub : cl.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void help_ofEveryCommand_isWholeSentences_wrappedOnceAtTheWidth(int width) {
        CommandLine root = Main.commandLine();
        root.setUsageHelpAutoWidth(false);
        root.setUsageHelpWidth(width);
        List<String> problems = new ArrayList<>();
        for (CommandLine cl : commands(root)) {
            String name = cl.getCommandSpec().qualifiedName();
            Help help = cl.getHelpFactory().create(cl.getCommandSpec(), Help.defaultColorScheme(Ansi.OFF));
            for (String line : cl.getUsageMessage(Ansi.OFF).split("\\R")) {
                if (line.length() > width) {
                    problems.add(name + ": a line longer than " + width + " columns: " + line);
                }
            }
            checkBlock(name + " description", lines(help.description()), width, problems);
            checkTable(name + " commands", lines(help.commandList()), width, problems);
            checkTable(name + " options", lines(help.parameterList() + help.optionList()), width, problems);
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyCommand_wrapsItsHelpAtTheTerminalsWidth() {
        for (CommandLine cl : commands(Main.commandLine())) {
            assertTrue(cl.isUsageHelpAutoWidth(), cl.getCommandSpec().qualifiedName());
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Text at the left margin, its paragraphs apart by blank lines (a command's description). */
    private static void checkBlock(String where, List<String> lines, int width, List<String> problems) {
        List<String> paragraph = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                checkParagraph(where, paragraph, width, problems);
                paragraph.clear();
            } else {
                paragraph.add(line);
            }
        }
        checkParagraph(where, paragraph, width, problems);
    }

    /**
     * A two-column table (a command list, an option list): each entry's text starts in the second column; picocli
     * starts each of an entry's paragraphs there and indents a wrapped line by two more.
     */
    private static void checkTable(String where, List<String> lines, int width, List<String> problems) {
        int column = descriptionColumn(lines);
        List<String> paragraph = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            boolean entry = indent < column;
            boolean nameOnly = entry && (line.length() <= column || line.charAt(column - 1) != ' ');
            if (entry || indent == column) {
                checkParagraph(where, paragraph, width, problems);
                paragraph.clear();
            }
            if (!nameOnly) {
                paragraph.add(line);
            }
        }
        checkParagraph(where, paragraph, width, problems);
    }

    /** Where the second column starts: after the first entry's name and the spaces that follow it. */
    private static int descriptionColumn(List<String> lines) {
        for (String line : lines) {
            var m = java.util.regex.Pattern.compile("^ *\\S+(?:, \\S+)? {2,}(?=\\S)").matcher(line);
            if (m.find()) {
                return m.end();
            }
        }
        return 0;
    }

    /**
     * One paragraph, wrapped (or, at the left margin, paragraphs with no blank line between them): it ends a
     * sentence, and every line break is one that was needed, or one between a sentence and the next paragraph.
     */
    private static void checkParagraph(String where, List<String> lines, int width, List<String> problems) {
        if (lines.isEmpty()) {
            return;
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1).strip().split(" ")[0];
            // picocli fills a line up to width - 1 columns
            boolean nextParagraph = line.endsWith(".") && Character.isUpperCase(next.charAt(0));
            if (line.length() + 1 + next.length() <= width - 1 && !nextParagraph) {
                problems.add(where + ": the line break after '" + line.strip() + "' splits a sentence before '"
                        + next + "', which fits on the line");
            }
        }
        String last = lines.get(lines.size() - 1).strip();
        if (!last.endsWith(".")) {
            problems.add(where + ": a paragraph ends mid-sentence: '" + last + "'");
        }
    }
}
