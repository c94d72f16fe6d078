package io.redress.audit.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an audited change changed: the fields of the before and after snapshots (JSON objects, as {@code Snapshot}
 * writes them) that differ, each with its old and new value, so an auditor reads "status: ACTIVE → SUSPENDED" rather
 * than comparing two blobs. Values are compared as written; a nested value (a list) counts as one value. Text that
 * is not a JSON object is left to be shown as it is ({@link #of} answers nothing for it).
 */
public final class SnapshotDiff {

    private SnapshotDiff() {
    }

    /** One field: added (no before), removed (no after) or changed. Values are shown without a string's quotes. */
    public record Change(String field, String before, String after) {

        public boolean added() {
            return before == null;
        }

        public boolean removed() {
            return after == null;
        }
    }

    /** The fields that differ, in the order they are written (before's first); empty when either is not an object. */
    public static List<Change> of(String before, String after) {
        Map<String, String> b = before == null || before.isBlank() ? Map.of() : members(before);
        Map<String, String> a = after == null || after.isBlank() ? Map.of() : members(after);
        if (b == null || a == null) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>(b.keySet());
        fields.addAll(a.keySet());
        List<Change> out = new ArrayList<>();
        for (String f : fields) {
            String was = b.get(f);
            String is = a.get(f);
            if (!Objects.equals(was, is)) {
                out.add(new Change(f, shown(was), shown(is)));
            }
        }
        return out;
    }

    /** The top-level members of a JSON object, each value as its JSON text; null when the text is not one. */
    static Map<String, String> members(String json) {
        String s = json.strip();
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        int i = skipSpace(s, 1);
        if (s.charAt(i) == '}') {
            return out;
        }
        while (i < s.length()) {
            if (s.charAt(i) != '"') {
                return null;
            }
            int keyEnd = endOfString(s, i);
            if (keyEnd < 0) {
                return null;
            }
            String key = unquote(s.substring(i, keyEnd + 1));
            i = skipSpace(s, keyEnd + 1);
            if (i >= s.length() || s.charAt(i) != ':') {
                return null;
            }
            i = skipSpace(s, i + 1);
            int valueEnd = endOfValue(s, i);
            if (valueEnd < 0) {
                return null;
            }
            out.put(key, s.substring(i, valueEnd).strip());
            i = skipSpace(s, valueEnd);
            if (i >= s.length()) {
                return null;
            }
            if (s.charAt(i) == '}') {
                return i == s.length() - 1 ? out : null;
            }
            if (s.charAt(i) != ',') {
                return null;
            }
            i = skipSpace(s, i + 1);
        }
        return null;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the quote closing the string that starts at {@code start}; -1 if it never closes. */
    private static int endOfString(String s, int start) {
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The index just after the value starting at {@code start} (before the comma or the closing brace). */
    private static int endOfValue(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String shown(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.startsWith("\"") ? unquote(raw) : raw;
    }

    private static String unquote(String quoted) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 >= quoted.length() - 1) {
                out.append(c);
                continue;
            }
            char n = quoted.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < quoted.length()) {
                        out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
