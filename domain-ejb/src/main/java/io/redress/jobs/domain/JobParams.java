package io.redress.jobs.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A job's parameters as stored: one {@code name=value} a line, names sorted. */
public final class JobParams {

    private JobParams() {
    }

    public static String write(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            check(e.getKey(), true);
            check(e.getValue(), false);
            sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    public static Map<String, String> read(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    private static void check(String s, boolean name) {
        if (s == null || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || (name && (s.isEmpty() || s.indexOf('=') >= 0))) {
            throw new IllegalArgumentException("a job parameter " + (name ? "name" : "value") + " without line breaks"
                    + (name ? " or '='" : "") + ": " + s);
        }
    }
}
