package io.redress.screening.domain;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** Bech32 and Bech32m (BIP-173, BIP-350) segwit addresses, and Bitcoin Cash's CashAddr; checksums included. */
final class Bech32 {

    static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32 = 1;
    private static final int BECH32M = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final long[] CASHADDR_GENERATOR = {0x98f2bc8e61L, 0x79b76d99e2L, 0xf33e5fb3c4L, 0xae2eabe2a8L, 0x1e4f43e470L};

    private Bech32() {
    }

    /** Why a segwit address with this human-readable part is not valid, or null when it is. */
    static String segwitError(String hrp, String address) {
        if (address.length() > 90) {
            return "is longer than 90 characters";
        }
        if (!address.equals(address.toLowerCase(Locale.ROOT)) && !address.equals(address.toUpperCase(Locale.ROOT))) {
            return "mixes upper and lower case";
        }
        String a = address.toLowerCase(Locale.ROOT);
        int sep = a.lastIndexOf('1');
        if (sep < 1 || !a.substring(0, sep).equals(hrp) || a.length() - sep - 1 < 6) {
            return "is not a " + hrp + "1... segwit address";
        }
        int[] data = new int[a.length() - sep - 1];
        for (int i = 0; i < data.length; i++) {
            data[i] = CHARSET.indexOf(a.charAt(sep + 1 + i));
            if (data[i] < 0) {
                return "has a character outside the bech32 alphabet at position " + (sep + 2 + i);
            }
        }
        int check = polymod(expand(hrp), data);
        if (check != BECH32 && check != BECH32M) {
            return "has a wrong bech32 checksum";
        }
        if (data.length - 6 < 1) {
            return "has no witness version";
        }
        int version = data[0];
        if (version > 16) {
            return "has an invalid witness version";
        }
        if ((version == 0) != (check == BECH32)) {
            return version == 0 ? "is witness version 0 with a bech32m checksum" : "is witness version " + version + " with a bech32 checksum";
        }
        byte[] program = convertBits(data, 1, data.length - 6);
        if (program == null || program.length < 2 || program.length > 40) {
            return "has a witness program of the wrong length";
        }
        if (version == 0 && program.length != 20 && program.length != 32) {
            return "has a version 0 witness program that is neither 20 nor 32 bytes";
        }
        return null;
    }

    /** Why a CashAddr (with or without its prefix) is not valid, or null. */
    static String cashAddrError(String prefix, String address) {
        if (!address.equals(address.toLowerCase(Locale.ROOT)) && !address.equals(address.toUpperCase(Locale.ROOT))) {
            return "mixes upper and lower case";
        }
        String a = address.toLowerCase(Locale.ROOT);
        String body = a.startsWith(prefix + ":") ? a.substring(prefix.length() + 1) : a;
        if (body.length() != 42 && body.length() != 54) {
            return "is not a CashAddr of 42 or 54 characters";
        }
        int[] data = new int[body.length()];
        for (int i = 0; i < data.length; i++) {
            data[i] = CHARSET.indexOf(body.charAt(i));
            if (data[i] < 0) {
                return "has a character outside the CashAddr alphabet";
            }
        }
        long c = 1;
        int[] all = new int[prefix.length() + 1 + data.length];
        for (int i = 0; i < prefix.length(); i++) {
            all[i] = prefix.charAt(i) & 0x1f;
        }
        System.arraycopy(data, 0, all, prefix.length() + 1, data.length);
        for (int d : all) {
            long c0 = c >>> 35;
            c = ((c & 0x07ffffffffL) << 5) ^ d;
            for (int i = 0; i < 5; i++) {
                if (((c0 >>> i) & 1) != 0) {
                    c ^= CASHADDR_GENERATOR[i];
                }
            }
        }
        if ((c ^ 1) != 0) {
            return "has a wrong CashAddr checksum";
        }
        return null;
    }

    private static int[] expand(String hrp) {
        int[] out = new int[hrp.length() * 2 + 1];
        for (int i = 0; i < hrp.length(); i++) {
            out[i] = hrp.charAt(i) >> 5;
            out[i + hrp.length() + 1] = hrp.charAt(i) & 31;
        }
        return out;
    }

    private static int polymod(int[] hrp, int[] data) {
        int chk = 1;
        for (int[] part : new int[][] {hrp, data}) {
            for (int v : part) {
                int b = chk >>> 25;
                chk = ((chk & 0x1ffffff) << 5) ^ v;
                for (int i = 0; i < 5; i++) {
                    if (((b >>> i) & 1) != 0) {
                        chk ^= GENERATOR[i];
                    }
                }
            }
        }
        return chk;
    }

    /** 5-bit groups to bytes without padding; null when the leftover bits are not zero padding. */
    private static byte[] convertBits(int[] data, int from, int to) {
        int acc = 0;
        int bits = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            acc = (acc << 5) | data[i];
            bits += 5;
            while (bits >= 8) {
                bits -= 8;
                out.write((acc >>> bits) & 0xff);
            }
        }
        if (bits >= 5 || ((acc << (8 - bits)) & 0xff) != 0) {
            return null;
        }
        return out.toByteArray();
    }
}
