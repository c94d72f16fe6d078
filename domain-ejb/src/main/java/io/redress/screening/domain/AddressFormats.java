package io.redress.screening.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which address formats each chain or asset code takes, and the checks of each, checksums included: Bitcoin-family
 * Base58Check with the chain's version bytes, segwit bech32/bech32m, Bitcoin Cash's CashAddr, EVM hex (all one case, or
 * mixed case only when it is the EIP-55 checksum), Tron, XRP, Monero. A valid address is turned into its canonical form,
 * the one stored and compared: EVM hex and bech32 in lower case, CashAddr with its prefix, the others as written.
 * An asset on several chains takes every format of them (USDT: Ethereum, Tron and Omni on Bitcoin).
 */
public final class AddressFormats {

    /** A chain's family of address format. */
    public enum Format { BITCOIN, LITECOIN, BITCOIN_CASH, BITCOIN_SV, BITCOIN_GOLD, DASH, VERGE, DOGECOIN, ZCASH, EVM, TRON, XRP, MONERO }

    /** An address found valid: its format and canonical form. */
    public record Address(Format format, String canonical) {
    }

    private static final Pattern EVM = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Map<String, Set<Format>> CODES = new TreeMap<>();

    static {
        CODES.put("BTC", Set.of(Format.BITCOIN));
        CODES.put("XBT", Set.of(Format.BITCOIN));
        CODES.put("LTC", Set.of(Format.LITECOIN));
        CODES.put("BCH", Set.of(Format.BITCOIN_CASH));
        CODES.put("BSV", Set.of(Format.BITCOIN_SV));
        CODES.put("BTG", Set.of(Format.BITCOIN_GOLD));
        CODES.put("DASH", Set.of(Format.DASH));
        CODES.put("XVG", Set.of(Format.VERGE));
        CODES.put("DOGE", Set.of(Format.DOGECOIN));
        CODES.put("ZEC", Set.of(Format.ZCASH));
        for (String evm : List.of("ETH", "ETC", "ARB", "BSC", "BNB", "OP", "MATIC", "POL", "BASE", "AVAX", "USDC", "DAI", "WETH")) {
            CODES.put(evm, Set.of(Format.EVM));
        }
        CODES.put("USDT", Set.of(Format.EVM, Format.TRON, Format.BITCOIN));
        CODES.put("TRX", Set.of(Format.TRON));
        CODES.put("XRP", Set.of(Format.XRP));
        CODES.put("XMR", Set.of(Format.MONERO));
    }

    private AddressFormats() {
    }

    /** The chain and asset codes known, for messages. */
    public static Set<String> codes() {
        return CODES.keySet();
    }

    public static boolean known(String code) {
        return code != null && CODES.containsKey(code);
    }

    /**
     * The address checked against every format the code takes.
     *
     * @throws IllegalArgumentException saying why it is no address of that chain or asset
     */
    public static Address parse(String code, String raw) {
        Set<Format> formats = CODES.get(code);
        if (formats == null) {
            throw new IllegalArgumentException("unknown chain or asset " + code + " (known: " + String.join(", ", CODES.keySet()) + ")");
        }
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        String a = raw.strip();
        if (a.length() > 128) {
            throw new IllegalArgumentException("is longer than 128 characters");
        }
        List<String> why = new ArrayList<>();
        for (Format f : Format.values()) {
            if (!formats.contains(f)) {
                continue;
            }
            String error = error(f, a);
            if (error == null) {
                return new Address(f, canonical(f, a));
            }
            why.add(error);
        }
        throw new IllegalArgumentException("is no " + code + " address: " + String.join("; ", why));
    }

    /** Why the address is not of this format, or null. */
    static String error(Format f, String a) {
        return switch (f) {
            case BITCOIN -> segwitOrBase58(a, "bc", 0x00, 0x05);
            case LITECOIN -> segwitOrBase58(a, "ltc", 0x30, 0x32, 0x05);
            case BITCOIN_CASH -> a.startsWith("1") || a.startsWith("3") ? base58(a, "Bitcoin Cash legacy", 0x00, 0x05)
                    : Bech32.cashAddrError("bitcoincash", a) == null ? null : "Bitcoin Cash: " + Bech32.cashAddrError("bitcoincash", a);
            case BITCOIN_SV -> base58(a, "Bitcoin SV", 0x00, 0x05);
            case BITCOIN_GOLD -> a.toLowerCase(Locale.ROOT).startsWith("btg1") ? prefixed("Bitcoin Gold", Bech32.segwitError("btg", a))
                    : base58(a, "Bitcoin Gold", 38, 23);
            case DASH -> base58(a, "Dash", 76, 16);
            case VERGE -> base58(a, "Verge", 30, 33);
            case DOGECOIN -> base58(a, "Dogecoin", 30, 22);
            case ZCASH -> zcash(a);
            case EVM -> evm(a);
            case TRON -> tron(a);
            case XRP -> xrp(a);
            case MONERO -> monero(a);
        };
    }

    static String canonical(Format f, String a) {
        return switch (f) {
            case EVM -> a.toLowerCase(Locale.ROOT);
            case BITCOIN, LITECOIN, BITCOIN_GOLD -> segwit(a) ? a.toLowerCase(Locale.ROOT) : a;
            case BITCOIN_CASH -> a.startsWith("1") || a.startsWith("3") ? a
                    : a.toLowerCase(Locale.ROOT).startsWith("bitcoincash:") ? a.toLowerCase(Locale.ROOT) : "bitcoincash:" + a.toLowerCase(Locale.ROOT);
            default -> a;
        };
    }

    /** A Bech32 (segwit) address of Bitcoin, Litecoin or Bitcoin Gold: lower case is its canonical form. */
    private static boolean segwit(String a) {
        String lower = a.toLowerCase(Locale.ROOT);
        return lower.startsWith("bc1") || lower.startsWith("ltc1") || lower.startsWith("btg1");
    }

    private static String prefixed(String name, String error) {
        return error == null ? null : name + ": " + error;
    }

    private static String segwitOrBase58(String a, String hrp, int... versions) {
        if (a.toLowerCase(Locale.ROOT).startsWith(hrp + "1")) {
            return prefixed(hrp + " segwit", Bech32.segwitError(hrp, a));
        }
        return base58(a, hrp.toUpperCase(Locale.ROOT) + " legacy", versions);
    }

    private static String base58(String a, String name, int... versions) {
        if (a.length() < 25 || a.length() > 35) {
            return name + ": a Base58Check address has 25 to 35 characters";
        }
        byte[] payload = Base58.decodeChecked(a, Base58.BITCOIN);
        if (payload == null) {
            return name + ": " + (Base58.decode(a, Base58.BITCOIN) == null ? "has a character outside the Base58 alphabet" : "has a wrong Base58Check checksum");
        }
        if (payload.length != 21) {
            return name + ": not a 20-byte hash";
        }
        for (int v : versions) {
            if ((payload[0] & 0xff) == v) {
                return null;
            }
        }
        return name + ": version byte " + (payload[0] & 0xff) + " is not this chain's";
    }

    private static String zcash(String a) {
        if (!a.startsWith("t1") && !a.startsWith("t3")) {
            return "Zcash: only transparent addresses (t1..., t3...) are screened";
        }
        byte[] payload = Base58.decodeChecked(a, Base58.BITCOIN);
        if (payload == null) {
            return "Zcash: has a wrong Base58Check checksum";
        }
        boolean version = payload.length == 22 && (payload[0] & 0xff) == 0x1c && ((payload[1] & 0xff) == 0xb8 || (payload[1] & 0xff) == 0xbd);
        return version ? null : "Zcash: not a transparent address of 22 bytes";
    }

    private static String evm(String a) {
        if (!EVM.matcher(a).matches()) {
            return "EVM: 0x and 40 hexadecimal digits";
        }
        String hex = a.substring(2);
        if (hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return eip55(hex).equals(hex) ? null : "EVM: mixed case that is not its EIP-55 checksum";
    }

    /** The EIP-55 checksum case of 40 hex digits. */
    static String eip55(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(40);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            out.append(Character.isLetter(c) && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static String tron(String a) {
        if (a.length() != 34 || a.charAt(0) != 'T') {
            return "Tron: T and 33 more characters";
        }
        byte[] payload = Base58.decodeChecked(a, Base58.BITCOIN);
        if (payload == null) {
            return "Tron: has a wrong Base58Check checksum";
        }
        return payload.length == 21 && (payload[0] & 0xff) == 0x41 ? null : "Tron: not a 0x41 address";
    }

    private static String xrp(String a) {
        if (a.length() < 25 || a.length() > 35 || a.charAt(0) != 'r') {
            return "XRP: r and 24 to 34 more characters";
        }
        byte[] payload = Base58.decodeChecked(a, Base58.RIPPLE);
        if (payload == null) {
            return "XRP: has a wrong checksum";
        }
        return payload.length == 21 && payload[0] == 0 ? null : "XRP: not an account id";
    }

    private static String monero(String a) {
        if (a.length() != 95 && a.length() != 106) {
            return "Monero: 95 characters (106 for an integrated address)";
        }
        byte[] data = Base58.decodeMonero(a);
        if (data == null) {
            return "Monero: not Monero's Base58";
        }
        int prefix = data[0] & 0xff;
        if (prefix != 18 && prefix != 19 && prefix != 42) {
            return "Monero: not a main-network address";
        }
        byte[] body = java.util.Arrays.copyOf(data, data.length - 4);
        byte[] hash = Keccak256.hash(body);
        for (int i = 0; i < 4; i++) {
            if (hash[i] != data[data.length - 4 + i]) {
                return "Monero: wrong checksum";
            }
        }
        return null;
    }
}
