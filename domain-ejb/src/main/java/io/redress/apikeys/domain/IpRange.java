package io.redress.apikeys.domain;

import io.redress.shared.domain.IpAddresses;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One entry of an IP allowlist: an address or a CIDR range, IPv4 or IPv6, the address parsed strictly by
 * {@link IpAddresses} (no leading zeros in an IPv4 octet, no zone id; an IPv4-mapped IPv6 address is the IPv4 address
 * it maps), and no host bits set below the prefix, which usually hides a typing mistake.
 */
public final class IpRange {

    private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final byte[] network;
    private final int prefix;

    private IpRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** @throws IllegalArgumentException saying what is wrong, in words a client can act on */
    public static IpRange parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an IP address or CIDR range is required");
        }
        if (text.length() > 64) {
            throw new IllegalArgumentException("is too long for an IP address or CIDR range");
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = IpAddresses.address(address);
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String p = text.substring(slash + 1);
            if (!PREFIX.matcher(p).matches()) {
                throw new IllegalArgumentException("the prefix after '/' must be a number from 0 to " + bits);
            }
            prefix = Integer.parseInt(p);
            if (prefix > bits) {
                throw new IllegalArgumentException("the prefix after '/' must be a number from 0 to " + bits);
            }
        }
        for (int bit = prefix; bit < bits; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw new IllegalArgumentException("has host bits set below the /" + prefix + " prefix; the range is "
                        + IpAddresses.text(masked(bytes, prefix)) + "/" + prefix);
            }
        }
        return new IpRange(bytes, prefix);
    }

    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        return Arrays.equals(masked(address, prefix), network);
    }

    public boolean contains(String address) {
        return contains(IpAddresses.address(address));
    }

    public boolean isIpv6() {
        return network.length == 16;
    }

    public int prefix() {
        return prefix;
    }

    /** Canonical text: dotted IPv4, RFC 5952 IPv6; the prefix only for a range. */
    @Override
    public String toString() {
        return IpAddresses.text(network) + (prefix == network.length * 8 ? "" : "/" + prefix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] out = address.clone();
        for (int bit = prefix; bit < out.length * 8; bit++) {
            out[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return out;
    }
}
