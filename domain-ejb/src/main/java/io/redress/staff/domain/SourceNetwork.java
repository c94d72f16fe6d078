package io.redress.staff.domain;

/**
 * The network a sign-in comes from, as the login throttle counts it: an IPv4 address is itself; an IPv6 address is its
 * /64, the smallest block a subscriber (a home, a server, a cloud instance) is given, and can use any address of.
 * Counted per address, an attacker with one /64 could rotate through 2^64 addresses and never meet the throttle.
 * Addresses that share a /64 (a hosting provider's shared block, a public network) count together, as clients behind
 * one IPv4 NAT do. An IPv4 address carried in IPv6 (mapped, ::ffff:a.b.c.d; or translated by NAT64, 64:ff9b::a.b.c.d)
 * is the IPv4 address: behind a translator every IPv4 client keeps its own count. Anything else is returned unchanged
 * (counted as the text it is). Digits are ASCII only.
 */
public final class SourceNetwork {

    private SourceNetwork() {
    }

    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        int[] groups = ipv6(address);
        if (groups == null) {
            return address;
        }
        boolean mapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xffff;
        boolean nat64 = groups[0] == 0x64 && groups[1] == 0xff9b && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0;
        if (mapped || nat64) {
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        return Integer.toHexString(groups[0]) + ":" + Integer.toHexString(groups[1]) + ":" + Integer.toHexString(groups[2])
                + ":" + Integer.toHexString(groups[3]) + "::/64";
    }

    /** The eight 16-bit groups of an IPv6 address (brackets and a zone allowed), or null when it is not one. */
    static int[] ipv6(String text) {
        String s = text;
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && (s.indexOf("::", gap + 1) >= 0 || s.lastIndexOf('.', gap) >= 0)) {
            return null; // two gaps, or an IPv4 part before the gap (it may only end the address)
        }
        int[] head = gap < 0 ? groups(s) : gap == 0 ? new int[0] : groups(s.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : gap + 2 == s.length() ? new int[0] : groups(s.substring(gap + 2));
        if (head == null || tail == null || head.length + tail.length > (gap < 0 ? 8 : 7)
                || gap < 0 && head.length != 8) {
            return null;
        }
        int[] out = new int[8];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, 8 - tail.length, tail.length);
        return out;
    }

    /** Colon-separated groups of 1 to 4 hex digits, the last one possibly a dotted IPv4 address (two groups). */
    private static int[] groups(String s) {
        String[] parts = s.split(":", -1);
        int n = parts.length;
        boolean dotted = parts[n - 1].indexOf('.') >= 0;
        int[] out = new int[dotted ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            if (dotted && i == n - 1) {
                int[] v4 = ipv4(p);
                if (v4 == null) {
                    return null;
                }
                out[i] = v4[0] << 8 | v4[1];
                out[i + 1] = v4[2] << 8 | v4[3];
            } else {
                if (p.isEmpty() || p.length() > 4) {
                    return null;
                }
                int v = 0;
                for (int c = 0; c < p.length(); c++) {
                    int d = hex(p.charAt(c));
                    if (d < 0) {
                        return null;
                    }
                    v = v << 4 | d;
                }
                out[i] = v;
            }
        }
        return out;
    }

    private static int[] ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            out[i] = Integer.parseInt(p);
            if (out[i] > 255) {
                return null;
            }
        }
        return out;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
