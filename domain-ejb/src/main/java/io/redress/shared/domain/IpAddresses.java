package io.redress.shared.domain;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * IP addresses, IPv4 or IPv6, parsed strictly and by hand: no leading zeros in an IPv4 octet (which some parsers read
 * as octal), no zone id, hex groups of 1 to 4 ASCII digits, '::' at most once, a dotted IPv4 part only at the end. An
 * IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) is the IPv4 address it maps. {@code InetAddress} would resolve
 * host names and accepts forms that are not addresses. Used by API keys' allowlists and source addresses and by the
 * login throttle's source networks.
 */
public final class IpAddresses {

    // compiled once: String.matches compiled them at every call (13 % of the trade-event intake's samples, 1 December)
    private static final Pattern DECIMAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private IpAddresses() {
    }

    /** The address's bytes: 4 for IPv4 (and an IPv4-mapped IPv6 address), 16 for IPv6. */
    public static byte[] address(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an IP address is required");
        }
        if (text.indexOf(':') >= 0) {
            byte[] v6 = ipv6(text);
            return isMappedIpv4(v6) ? Arrays.copyOfRange(v6, 12, 16) : v6;
        }
        return ipv4(text);
    }

    /**
     * Whether {@code text} is an IPv4 address in canonical form already (four numbers 0 to 255 without leading zeros,
     * separated by dots, nothing else): then {@code text(address(text))} is {@code text} itself, and a caller that wants
     * the canonical address need not parse and format it again (the trade-event intake asks it 1,000 times a call).
     */
    public static boolean isCanonicalIpv4(String text) {
        return plainIpv4(text) != null;
    }

    /** An address's canonical text: dotted IPv4 for 4 bytes, RFC 5952 IPv6 for 16. */
    public static String text(byte[] b) {
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // RFC 5952: the longest run of two or more zero groups (the first if tied) becomes '::'
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }

    /**
     * The four bytes of a dotted IPv4 address as {@link #ipv4} accepts it (four numbers 0 to 255 without leading zeros),
     * read by hand; null for anything else, which {@link #ipv4} then refuses with its message. Every IPv4 address that
     * parses is written this way, so this is also the canonical form.
     */
    private static byte[] plainIpv4(String text) {
        int n = text.length();
        if (n < 7 || n > 15) {
            return null;
        }
        byte[] out = new byte[4];
        int parts = 0;
        int i = 0;
        while (true) {
            int start = i;
            int value = 0;
            while (i < n && i - start < 3) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 1 && text.charAt(start) == '0' || value > 255) {
                return null;
            }
            out[parts++] = (byte) value;
            if (i == n) {
                return parts == 4 ? out : null;
            }
            if (parts == 4 || text.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    private static byte[] ipv4(String text) {
        byte[] plain = plainIpv4(text);
        if (plain != null) {
            return plain;
        }
        // refused: the slow way, for the message that says why
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("is not an IPv4 address (four numbers 0 to 255 separated by dots)"
                    + " nor an IPv6 address");
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (!DECIMAL_PART.matcher(p).matches()) {
                throw new IllegalArgumentException("IPv4 part '" + p + "' must be a number 0 to 255 without leading zeros");
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                throw new IllegalArgumentException("IPv4 part '" + p + "' must be a number 0 to 255");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] ipv6(String text) {
        if (text.indexOf('%') >= 0) {
            throw new IllegalArgumentException("an IPv6 zone id ('%...') is not allowed in an allowlist");
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException("an IPv6 address may contain '::' only once");
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = groups(tail, true);
        int total = headGroups.length + tailGroups.length;
        if (gap < 0 ? total != 8 : total > 7) {
            throw new IllegalArgumentException("is not an IPv6 address (eight groups of 1 to 4 hex digits, '::' for zeros)");
        }
        byte[] out = new byte[16];
        int i = 0;
        for (int g : headGroups) {
            out[i++] = (byte) (g >>> 8);
            out[i++] = (byte) g;
        }
        i = 16 - tailGroups.length * 2;
        for (int g : tailGroups) {
            out[i++] = (byte) (g >>> 8);
            out[i++] = (byte) g;
        }
        return out;
    }

    /** Hex groups separated by ':'; the last may be a dotted IPv4 address (two groups) when {@code mayEndInIpv4}. */
    private static int[] groups(String part, boolean mayEndInIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] raw = part.split(":", -1);
        boolean ipv4Tail = mayEndInIpv4 && raw[raw.length - 1].indexOf('.') >= 0;
        int[] out = new int[raw.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < raw.length; i++) {
            String g = raw[i];
            if (ipv4Tail && i == raw.length - 1) {
                byte[] v4 = ipv4(g);
                out[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                out[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            } else if (!HEX_GROUP.matcher(g).matches()) {
                throw new IllegalArgumentException("IPv6 group '" + g + "' must be 1 to 4 hex digits");
            } else {
                out[i] = Integer.parseInt(g, 16);
            }
        }
        return out;
    }

    private static boolean isMappedIpv4(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
    }
}
