package io.redress.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of a record as the audit trail keeps it: an ordered map written as compact JSON.
 * Written by hand so the text is stable (the audit hash covers it) and has no container dependency.
 */
public final class Snapshot {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static Snapshot of() {
        return new Snapshot();
    }

    public Snapshot with(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    public String toJson() {
        StringBuilder out = new StringBuilder(32 + 40 * fields.size()).append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, e.getKey());
            out.append(':');
            value(out, e.getValue());
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
            quote(out, v.toString());
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object item : c) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(out, item);
            }
            out.append(']');
        } else if (v instanceof Instant || v instanceof LocalDate || v instanceof Enum<?>) {
            quote(out, v.toString());
        } else {
            quote(out, v.toString());
        }
    }

    /** {@code s} as a JSON string: the runs between characters to escape copied whole (a bulk job quotes millions). */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(s, from, i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
                from = i + 1;
            }
        }
        out.append(s, from, s.length()).append('"');
    }
}
