package org.udpsim.reports.text;

import java.util.Locale;

/** The language of a report's labels: English or Chinese (simplified). */
public enum Lang {
    EN("en"), ZH("zh");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The language's code, {@code en} or {@code zh}, as in HTML's {@code lang}. */
    public String code() {
        return code;
    }

    /** The language with this code; a {@link ReportException} names the codes there are. */
    public static Lang of(String code) {
        for (Lang l : values()) {
            if (l.code.equals(code.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new ReportException("unknown language '" + code + "': use en or zh");
    }
}
