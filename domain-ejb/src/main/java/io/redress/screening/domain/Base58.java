package io.redress.screening.domain;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Base58 in Bitcoin's alphabet and in Ripple's, with the double-SHA-256 check of Base58Check, and Monero's block form. */
final class Base58 {

    static final String BITCOIN = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    static final String RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    /** Monero: characters of an encoded block of 0 to 8 bytes. */
    private static final int[] MONERO_BLOCK_CHARS = {0, 2, 3, 5, 6, 7, 9, 10, 11};

    private Base58() {
    }

    /** The bytes, or null when a character is outside the alphabet. */
    static byte[] decode(String text, String alphabet) {
        BigInteger n = BigInteger.ZERO;
        int leading = 0;
        boolean inLeading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = alphabet.indexOf(text.charAt(i));
            if (digit < 0) {
                return null;
            }
            if (inLeading && digit == 0) {
                leading++;
            } else {
                inLeading = false;
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] body = n.signum() == 0 ? new byte[0] : n.toByteArray();
        if (body.length > 0 && body[0] == 0) {
            body = Arrays.copyOfRange(body, 1, body.length);
        }
        byte[] out = new byte[leading + body.length];
        System.arraycopy(body, 0, out, leading, body.length);
        return out;
    }

    /** The payload of a Base58Check string (without its 4 check bytes), or null when undecodable or the check fails. */
    static byte[] decodeChecked(String text, String alphabet) {
        byte[] all = decode(text, alphabet);
        if (all == null || all.length < 5) {
            return null;
        }
        byte[] payload = Arrays.copyOf(all, all.length - 4);
        byte[] check = sha256(sha256(payload));
        for (int i = 0; i < 4; i++) {
            if (check[i] != all[payload.length + i]) {
                return null;
            }
        }
        return payload;
    }

    /** Monero's base58: blocks of 8 bytes as 11 characters, the last block shorter. Null when malformed. */
    static byte[] decodeMonero(String text) {
        int fullBlocks = text.length() / 11;
        int rest = text.length() % 11;
        int restBytes = -1;
        for (int i = 0; i < MONERO_BLOCK_CHARS.length; i++) {
            if (MONERO_BLOCK_CHARS[i] == rest) {
                restBytes = i;
            }
        }
        if (restBytes < 0) {
            return null;
        }
        byte[] out = new byte[fullBlocks * 8 + restBytes];
        for (int b = 0; b <= fullBlocks; b++) {
            int chars = b < fullBlocks ? 11 : rest;
            int bytes = b < fullBlocks ? 8 : restBytes;
            if (chars == 0) {
                continue;
            }
            BigInteger n = BigInteger.ZERO;
            for (int i = 0; i < chars; i++) {
                int digit = BITCOIN.indexOf(text.charAt(b * 11 + i));
                if (digit < 0) {
                    return null;
                }
                n = n.multiply(BASE).add(BigInteger.valueOf(digit));
            }
            if (n.bitLength() > bytes * 8) {
                return null;
            }
            byte[] raw = n.toByteArray();
            int copy = Math.min(raw.length, bytes);
            System.arraycopy(raw, raw.length - copy, out, b * 8 + bytes - copy, copy);
        }
        return out;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
