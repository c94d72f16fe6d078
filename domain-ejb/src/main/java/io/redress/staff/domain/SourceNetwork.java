package io.redress.staff.domain;

import io.redress.shared.domain.IpAddresses;
import java.util.Arrays;

/**
 * The network a sign-in comes from, as the login throttle counts it: an IPv4 address is itself; an IPv6 address is its
 * /64, the smallest block a subscriber (a home, a server, a cloud instance) is given, and can use any address of.
 * Counted per address, an attacker with one /64 could rotate through 2^64 addresses and never meet the throttle.
 * Addresses that share a /64 (a hosting provider's shared block, a public network) count together, as clients behind
 * one IPv4 NAT do. An IPv4 address carried in IPv6 (mapped, ::ffff:a.b.c.d; or translated by NAT64, 64:ff9b::a.b.c.d)
 * is the IPv4 address: behind a translator every IPv4 client keeps its own count. The address is read by
 * {@link IpAddresses} (brackets and a zone id, which a container may report, taken off first); anything it refuses is
 * returned unchanged (counted as the text it is).
 */
public final class SourceNetwork {

    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private SourceNetwork() {
    }

    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        String s = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = s.indexOf('%');
        byte[] b;
        try {
            b = IpAddresses.address(zone < 0 ? s : s.substring(0, zone));
        } catch (IllegalArgumentException e) {
            return address;
        }
        if (b.length == 4) {
            return IpAddresses.text(b); // mapped
        }
        if (Arrays.equals(b, 0, NAT64.length, NAT64, 0, NAT64.length)) {
            return IpAddresses.text(Arrays.copyOfRange(b, 12, 16));
        }
        return group(b, 0) + ":" + group(b, 2) + ":" + group(b, 4) + ":" + group(b, 6) + "::/64";
    }

    private static String group(byte[] b, int from) {
        return Integer.toHexString((b[from] & 0xff) << 8 | (b[from + 1] & 0xff));
    }
}
