package org.udpsim.reports.text;

/** Escaping for HTML text and attribute values: everything a run or a lesson program wrote goes through here. */
public final class Html {
    private Html() {
    }

    /** {@code s} as HTML text or a quoted attribute value: {@code & < > " '} escaped, control characters dropped. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c != '\r') {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }
}
