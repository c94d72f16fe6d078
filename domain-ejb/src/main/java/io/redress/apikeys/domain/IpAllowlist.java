package io.redress.apikeys.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.IpAddresses;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A key's IP allowlist: addresses and CIDR ranges, IPv4 and IPv6. Empty means "no allowlist": any address. */
public final class IpAllowlist {

    private static final Pattern SPACES = Pattern.compile(" +");

    public static final int MAX_ENTRIES = 100;
    private static final IpAllowlist NONE = new IpAllowlist(List.of());

    private final List<IpRange> ranges;

    private IpAllowlist(List<IpRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static IpAllowlist none() {
        return NONE;
    }

    /** Every entry parsed; each bad one is an error named {@code field[i]}. Duplicates collapse to one. */
    public static IpAllowlist parse(String field, List<String> entries, List<FieldError> errors) {
        if (entries == null || entries.isEmpty()) {
            return NONE;
        }
        if (entries.size() > MAX_ENTRIES) {
            errors.add(new FieldError(field, "at most " + MAX_ENTRIES + " entries"));
            return NONE;
        }
        Set<IpRange> out = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                out.add(IpRange.parse(entries.get(i)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + "[" + i + "]", e.getMessage()));
            }
        }
        return new IpAllowlist(new ArrayList<>(out));
    }

    /** As stored: canonical entries separated by spaces (what {@link #toString} wrote), trusted. */
    public static IpAllowlist stored(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String trimmed = text.trim();
        if (trimmed.indexOf(' ') < 0) { // one entry, as most allowlists: no split
            return new IpAllowlist(List.of(IpRange.parse(trimmed)));
        }
        List<IpRange> out = new ArrayList<>();
        for (String s : SPACES.split(trimmed)) {
            out.add(IpRange.parse(s));
        }
        return new IpAllowlist(out);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether this source address may use the key: always with no allowlist; never for an unparseable address. */
    public boolean allows(String sourceIp) {
        if (ranges.isEmpty()) {
            return true;
        }
        byte[] address;
        try {
            address = IpAddresses.address(sourceIp);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (IpRange r : ranges) {
            if (r.contains(address)) {
                return true;
            }
        }
        return false;
    }

    public List<String> entries() {
        return ranges.stream().map(IpRange::toString).toList();
    }

    @Override
    public String toString() {
        return String.join(" ", entries());
    }
}
