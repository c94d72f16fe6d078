package io.redress.screening.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads flagged-address files: OFAC's (one address per line, one file per asset, the asset in the file name
 * {@code sanctioned_addresses_XBT.txt}; blank lines and lines starting with {@code #} are skipped) and CSV with a header
 * naming its columns ({@code address} and {@code asset} required; {@code category}, {@code severity}, {@code label}
 * optional, else the import's defaults; RFC 4180 quoting, one record per line). Every address is checked in its asset's
 * formats; a bad line is reported with its file and line number and the others are read on. The same address twice for
 * the same asset is read once.
 */
public final class FlaggedListReader {

    public enum Format { OFAC_LINES, CSV }

    public static final int MAX_LINES = 200_000;
    private static final Pattern OFAC_NAME = Pattern.compile("(?:.*/)?sanctioned_addresses_([A-Z0-9]{2,10})\\.txt");
    private static final Set<String> CSV_COLUMNS = Set.of("address", "asset", "category", "severity", "label");

    /** One file of an import; {@code asset} may be null for an OFAC file named after its asset. */
    public record ListFile(String name, String asset, String content) {
    }

    public record Entry(String asset, String address, AddressFormats.Format format, Category category, Severity severity,
                        String label, String file, int line) {

        public String key() {
            return asset + " " + address;
        }
    }

    public record BadLine(String file, int line, String message) {
    }

    public record Result(List<Entry> entries, List<BadLine> badLines, int linesRead, Set<String> assets) {
    }

    private FlaggedListReader() {
    }

    public static Result read(Format format, List<ListFile> files, Category category, Severity severity) {
        List<Entry> entries = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> assets = new LinkedHashSet<>();
        int[] lines = {0};
        for (ListFile f : files) {
            if (format == Format.OFAC_LINES) {
                ofac(f, category, severity, entries, bad, seen, assets, lines);
            } else {
                csv(f, category, severity, entries, bad, seen, assets, lines);
            }
        }
        return new Result(entries, bad, lines[0], assets);
    }

    /** The asset an OFAC file is for: given, or read from its name. */
    public static String ofacAsset(ListFile f) {
        if (f.asset() != null) {
            return f.asset();
        }
        Matcher m = OFAC_NAME.matcher(f.name() == null ? "" : f.name());
        return m.matches() ? m.group(1) : null;
    }

    private static void ofac(ListFile f, Category category, Severity severity, List<Entry> entries, List<BadLine> bad,
                             Set<String> seen, Set<String> assets, int[] lines) {
        String asset = ofacAsset(f);
        if (asset == null || !AddressFormats.known(asset)) {
            bad.add(new BadLine(f.name(), 0, asset == null ? "no asset: name the file sanctioned_addresses_<ASSET>.txt or give its asset"
                    : "unknown asset " + asset));
            return;
        }
        String[] text = f.content().split("\r\n|\n|\r", -1);
        boolean named = false;
        boolean cut = false;
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (++lines[0] > MAX_LINES) {
                bad.add(new BadLine(f.name(), i + 1, "more than " + MAX_LINES + " lines in one import: the rest is not read"));
                cut = true;
                break;
            }
            named |= add(asset, line, category, severity, null, f.name(), i + 1, entries, bad, seen);
        }
        // the file covers its asset (the listings it no longer names are removed) only once it named an address and was
        // read whole: an empty or unreadable download (an error page, every line bad) must not de-list a sanctions list
        if (named && !cut) {
            assets.add(asset);
        } else if (!named) {
            bad.add(new BadLine(f.name(), 0, "no address read: the source's " + asset + " listings are kept as they are"));
        }
    }

    private static void csv(ListFile f, Category defaultCategory, Severity defaultSeverity, List<Entry> entries,
                            List<BadLine> bad, Set<String> seen, Set<String> assets, int[] lines) {
        String[] text = f.content().split("\r\n|\n|\r", -1);
        Map<String, Integer> columns = null;
        for (int i = 0; i < text.length; i++) {
            if (text[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(text[i]);
            if (cells == null) {
                bad.add(new BadLine(f.name(), i + 1, "unbalanced quotes"));
                if (columns == null) {
                    return;
                }
                continue;
            }
            if (columns == null) {
                columns = new HashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    String name = cells.get(c).strip().toLowerCase(Locale.ROOT);
                    if (!CSV_COLUMNS.contains(name)) {
                        bad.add(new BadLine(f.name(), i + 1, "unknown column '" + cells.get(c) + "' (columns: address, asset, category, severity, label)"));
                        return;
                    }
                    columns.put(name, c);
                }
                if (!columns.containsKey("address") || !columns.containsKey("asset")) {
                    bad.add(new BadLine(f.name(), i + 1, "the header must name the columns address and asset"));
                    return;
                }
                continue;
            }
            if (++lines[0] > MAX_LINES) {
                bad.add(new BadLine(f.name(), i + 1, "more than " + MAX_LINES + " lines in one import: the rest is not read"));
                return;
            }
            if (cells.size() != columns.size()) {
                bad.add(new BadLine(f.name(), i + 1, cells.size() + " fields where the header has " + columns.size()));
                continue;
            }
            String asset = cells.get(columns.get("asset")).strip().toUpperCase(Locale.ROOT);
            Category category = defaultCategory;
            Severity severity = defaultSeverity;
            try {
                if (columns.containsKey("category") && !cells.get(columns.get("category")).isBlank()) {
                    category = Category.valueOf(cells.get(columns.get("category")).strip().toUpperCase(Locale.ROOT));
                }
                if (columns.containsKey("severity") && !cells.get(columns.get("severity")).isBlank()) {
                    severity = Severity.valueOf(cells.get(columns.get("severity")).strip().toUpperCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                bad.add(new BadLine(f.name(), i + 1, "unknown category or severity (categories: " + List.of(Category.values())
                        + "; severities: " + List.of(Severity.values()) + ")"));
                continue;
            }
            if (category == null || severity == null) {
                bad.add(new BadLine(f.name(), i + 1, "no category or severity, and the import gives no default"));
                continue;
            }
            String label = columns.containsKey("label") ? cells.get(columns.get("label")).strip() : null;
            if (label != null && label.length() > 200) {
                bad.add(new BadLine(f.name(), i + 1, "label longer than 200 characters"));
                continue;
            }
            if (!AddressFormats.known(asset)) {
                bad.add(new BadLine(f.name(), i + 1, "unknown asset '" + asset + "'"));
                continue;
            }
            if (add(asset, cells.get(columns.get("address")), category, severity, label == null || label.isEmpty() ? null : label,
                    f.name(), i + 1, entries, bad, seen)) {
                assets.add(asset);
            }
        }
        if (columns == null) {
            bad.add(new BadLine(f.name(), 1, "no header line"));
        }
    }

    private static boolean add(String asset, String raw, Category category, Severity severity, String label, String file,
                               int line, List<Entry> entries, List<BadLine> bad, Set<String> seen) {
        if (category == null || severity == null) {
            bad.add(new BadLine(file, line, "no category or severity given for this import"));
            return false;
        }
        try {
            AddressFormats.Address a = AddressFormats.parse(asset, raw);
            if (seen.add(asset + " " + a.canonical())) {
                entries.add(new Entry(asset, a.canonical(), a.format(), category, severity, label, file, line));
            }
            return true;
        } catch (IllegalArgumentException e) {
            String shown = raw.strip().length() > 60 ? raw.strip().substring(0, 60) + "..." : raw.strip();
            bad.add(new BadLine(file, line, "'" + shown + "' " + e.getMessage()));
            return false;
        }
    }

    /** The fields of one CSV record on one line, or null when its quotes do not balance. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cell.toString());
        return out;
    }
}
