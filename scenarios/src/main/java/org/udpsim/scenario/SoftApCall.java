package org.udpsim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.udpsim.wifi.AccessPointConfig;

/**
 * The {@code enable_APWiFi(essid, password, ...)} calls of a board's program, as written, held against the access
 * point its {@code soft_ap:} declares. Only a string written in the call is compared: a name the program computes
 * is not knowable before the run, and at run time the program's call decides the network's name and password, as
 * on the board (a station that looks for the declared SSID then does not find it).
 */
final class SoftApCall {
    /** {@code enable_APWiFi('x'} or {@code enable_APWiFi("x", b'y'}: the first one or two arguments, if literals. */
    private static final Pattern CALL = Pattern.compile(
            "enable_APWiFi\\(\\s*[bB]?(['\"])(.*?)\\1\\s*(?:,\\s*[bB]?(['\"])(.*?)\\3)?");

    private SoftApCall() {
    }

    /**
     * Why {@code program} does not serve {@code declared}: it never switches an access point on, or a call names
     * another SSID or password; null if nothing is against it.
     */
    static String mismatch(PythonSource program, AccessPointConfig declared) {
        String text = program.text();
        if (!text.contains("enable_APWiFi") && !text.contains("AP_IF")) {
            return "soft_ap: says it serves WiFi \"" + declared.ssid() + "\", but its program " + program.fileName()
                    + " never switches an access point on (no enable_APWiFi call); call mywifi.enable_APWiFi('"
                    + declared.ssid() + "', ...) in it, or leave soft_ap: out";
        }
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            String where = program.fileName() + " line " + line;
            if (!m.group(2).equals(declared.ssid())) {
                return "soft_ap: declares ssid '" + declared.ssid() + "', but " + where + " calls enable_APWiFi('"
                        + Shown.value(m.group(2)) + "', ...): write the same network name in both";
            }
            if (m.group(4) != null && !m.group(4).equals(declared.password())) {
                return "the password of soft_ap: is not the one " + where + " gives enable_APWiFi: write the same"
                        + " password in both";
            }
        }
        return null;
    }
}
