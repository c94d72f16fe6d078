package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Address formats per chain, checksums included: a real address passes, one changed character fails with a reason. */
class AddressFormatsTest {

    private static String fails(String code, String address) {
        return assertThrows(IllegalArgumentException.class, () -> AddressFormats.parse(code, address)).getMessage();
    }

    @Test
    void keccakIsEthereumsNotSha3() {
        // Keccak-256 of the empty input, as Ethereum defines it (SHA3-256's would be a7ffc6f8...)
        StringBuilder hex = new StringBuilder();
        for (byte b : Keccak256.hash(new byte[0])) {
            hex.append(String.format("%02x", b));
        }
        assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", hex.toString());
        byte[] longer = new byte[200];
        java.util.Arrays.fill(longer, (byte) 'a');
        assertEquals(32, Keccak256.hash(longer).length, "more than one block");
        assertEquals(32, Keccak256.hash("x".repeat(136).getBytes(StandardCharsets.US_ASCII)).length, "exactly one block");
    }

    @Test
    void bitcoinLegacyAndSegwitWithTheirChecksums() {
        assertEquals(AddressFormats.Format.BITCOIN, AddressFormats.parse("XBT", "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX").format());
        assertEquals("31nadacWrgPeAQxKRMabhn3fPhnhi3hjKa", AddressFormats.parse("BTC", "31nadacWrgPeAQxKRMabhn3fPhnhi3hjKa").canonical());
        assertTrue(fails("XBT", "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KY").contains("checksum"));
        assertTrue(fails("XBT", "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ40X").contains("alphabet"), "0 is not Base58");
        // segwit v0 (bech32) and taproot (bech32m); upper case is valid and stored lower case
        assertEquals("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                AddressFormats.parse("XBT", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ").canonical());
        AddressFormats.parse("XBT", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0");
        AddressFormats.parse("XBT", "bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw");
        assertTrue(fails("XBT", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr").contains("checksum"));
        assertTrue(fails("XBT", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzWf5mdq").contains("mixes"));
        assertTrue(fails("XBT", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb").contains("alphabet"), "b is no bech32 character");
        // a Litecoin address is no Bitcoin address: right checksum, wrong version byte
        assertTrue(fails("XBT", "LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb").contains("version"));
        AddressFormats.parse("LTC", "LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb");
    }

    @Test
    void bitcoinCashLegacyAndCashAddr() {
        assertEquals("bitcoincash:qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq",
                AddressFormats.parse("BCH", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq").canonical());
        AddressFormats.parse("BCH", "bitcoincash:qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq");
        AddressFormats.parse("BCH", "18M8bJWMzWHDBMxoLqjHHAffdRy4SrzkfB");
        assertTrue(fails("BCH", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhr").contains("checksum"));
    }

    @Test
    void evmHexWithOrWithoutItsChecksumCase() {
        // EIP-55's own examples
        for (String a : new String[] {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
            assertEquals(a.toLowerCase(), AddressFormats.parse("ETH", a).canonical());
        }
        AddressFormats.parse("ETH", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        AddressFormats.parse("ETH", "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED");
        assertTrue(fails("ETH", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").contains("EIP-55"));
        assertTrue(fails("ETH", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe").contains("40 hexadecimal"));
        assertTrue(fails("ARB", "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").contains("0x"));
    }

    @Test
    void tronXrpMoneroZcashAndTheMultiChainUsdt() {
        AddressFormats.parse("TRX", "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre");
        assertTrue(fails("TRX", "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLrf").contains("checksum"));
        AddressFormats.parse("XRP", "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66");
        assertTrue(fails("XRP", "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh67").contains("checksum"));
        AddressFormats.parse("XMR", "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL");
        assertTrue(fails("XMR", "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsM")
                .startsWith("is no XMR address"));
        assertTrue(fails("XMR", "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL".replace("49Hq", "49Hr"))
                .contains("checksum"), "a changed character in a full block");
        assertTrue(fails("XMR", "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320").contains("95"));
        AddressFormats.parse("ZEC", "t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL");
        assertEquals(AddressFormats.Format.TRON, AddressFormats.parse("USDT", "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre").format());
        assertEquals(AddressFormats.Format.EVM, AddressFormats.parse("USDT", "0x19aa5fe80d33a56d56c78e82ea5e50e5d80b4dff").format());
        assertTrue(fails("DOT", "1abc").contains("unknown"));
    }
}
