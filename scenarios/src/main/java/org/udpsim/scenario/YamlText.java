package org.udpsim.scenario;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * YAML text to SnakeYAML's node tree, which keeps every node's line and column. Merge keys ({@code <<: *anchor})
 * are applied while composing; a syntax error becomes one problem at the library's mark.
 */
final class YamlText {
    private YamlText() {
    }

    /**
     * The one document in {@code text}, or empty if it has a syntax error (reported) or holds nothing.
     *
     * @param source where the text came from, as messages show it
     */
    static Optional<Node> compose(String text, String source, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(100);
        options.setAllowDuplicateKeys(true); // reported by Nodes.entries, with both positions
        // The file's size was bounded before it was read (Bounds, --allow-large); the text is in memory already.
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), text.length() + 1));
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            problems.add(position(source, e.getProblemMark()), syntaxMessage(e));
        } catch (YAMLException e) {
            problems.add(new SourcePosition(source, 1, 1), "cannot read this YAML: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            problems.add(new SourcePosition(source, 1, 1), "cannot read this YAML: it is nested too deeply");
        }
        return Optional.empty();
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = firstLine(e.getProblem() == null ? "invalid YAML" : e.getProblem());
        String context = e.getContext() == null ? null : firstLine(e.getContext());
        Mark c = e.getContextMark();
        Mark p = e.getProblemMark();
        boolean elsewhere = c != null && (p == null || c.getLine() != p.getLine() || c.getColumn() != p.getColumn());
        String at = elsewhere ? " at " + (c.getLine() + 1) + ":" + (c.getColumn() + 1) : "";
        if (context == null) {
            return "YAML syntax error: " + problem;
        }
        if (problem.startsWith("but ")) {
            return "YAML syntax error: " + context + at + ", " + problem;
        }
        return "YAML syntax error: " + problem + (elsewhere ? " (" + context + at + ")" : "");
    }

    private static SourcePosition position(String source, Mark mark) {
        return mark == null ? new SourcePosition(source, 1, 1)
                : new SourcePosition(source, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
