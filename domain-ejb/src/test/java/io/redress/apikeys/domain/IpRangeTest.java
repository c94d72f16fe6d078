package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.IpAddresses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpRangeTest {

    @ParameterizedTest
    @CsvSource({
            "192.0.2.1, 192.0.2.1",
            "0.0.0.0/0, 0.0.0.0/0",
            "10.0.0.0/8, 10.0.0.0/8",
            "203.0.113.0/24, 203.0.113.0/24",
            "255.255.255.255/32, 255.255.255.255",
            "2001:db8::1, 2001:db8::1",
            "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
            "2001:db8::/32, 2001:db8::/32",
            "::, ::",
            "::1, ::1",
            "::/0, ::/0",
            "fe80::, fe80::",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
            "1:0:0:2:0:0:0:3, 1:0:0:2::3",
            "::ffff:192.0.2.7, 192.0.2.7",
            "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
            "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
    })
    void parsesAndWritesTheCanonicalForm(String text, String canonical) {
        assertEquals(canonical, IpRange.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.04", "1.2.3.-4", " 1.2.3.4",
            "1.2.3.4 ", "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/08", "1.2.3.4/-1", "10.0.0.1/8", "a.b.c.d", "1..2.3",
            "localhost", "2001:db8::1::2", "2001:db8:::1", "12345::", "g::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
            "fe80::1%eth0", "2001:db8::/129", "2001:db8::1/32", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "::ffff:1.2.3",
            "::1.2.3.04", "1.2.3.4:80", "[::1]", "0x7f.0.0.1", "2130706433"})
    void refusesWhatIsNotStrictlyAnAddressOrRange(String text) {
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse(text));
    }

    @Test
    void sayWhatTheRangeWouldBeWhenHostBitsAreSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpRange.parse("192.168.1.77/24"));
        assertTrue(e.getMessage().contains("192.168.1.0/24"), e.getMessage());
    }

    @Test
    void containsAddressesOfItsOwnFamilyInsideThePrefix() {
        IpRange v4 = IpRange.parse("203.0.113.0/25");
        assertTrue(v4.contains("203.0.113.0"));
        assertTrue(v4.contains("203.0.113.127"));
        assertFalse(v4.contains("203.0.113.128"));
        assertFalse(v4.contains("2001:db8::1"));
        assertTrue(v4.contains("::ffff:203.0.113.5"), "an IPv4-mapped address is the IPv4 address");
        IpRange v6 = IpRange.parse("2001:db8:abcd::/48");
        assertTrue(v6.contains("2001:db8:abcd:ffff::1"));
        assertFalse(v6.contains("2001:db8:abce::1"));
        assertFalse(v6.contains("203.0.113.1"));
        assertTrue(IpRange.parse("0.0.0.0/0").contains("8.8.8.8"));
        assertTrue(IpRange.parse("::/0").contains("2001:db8::1"));
        assertFalse(IpRange.parse("::/0").contains("8.8.8.8"));
    }

    @Test
    void aSingleAddressContainsOnlyItself() {
        IpRange one = IpRange.parse("198.51.100.4");
        assertTrue(one.contains("198.51.100.4"));
        assertFalse(one.contains("198.51.100.5"));
        assertEquals(32, one.prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "1.2.3.4", "10.0.0.1", "192.168.100.200", "255.255.255.255", "9.99.199.249"})
    void aCanonicalIpv4AddressIsItsOwnCanonicalForm(String text) {
        assertTrue(IpAddresses.isCanonicalIpv4(text));
        assertEquals(text, IpRange.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.", ".1.2.3.4", "1..2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.00",
            "1.2.3.256", "1.2.3.999", "1.2.3.1000", "1.2.3.4/32", "1.2.3.4/24", "1.2.3.a", " 1.2.3.4", "1.2.3.4 ",
            "::ffff:1.2.3.4", "::1", "1.2.3.-4", "+1.2.3.4", "1234.1.1.1", "1.2.3.4\n", "\u0661.2.3.4"})
    void anythingElseIsNotCanonicalIpv4(String text) {
        assertFalse(IpAddresses.isCanonicalIpv4(text));
    }

    @Test
    void theCanonicalCheckAgreesWithParsingOnEveryShortDottedText() {
        // every text of digits, dots and a slash up to 8 characters from a small alphabet, and random longer ones
        char[] alphabet = {'0', '1', '2', '5', '9', '.'};
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200_000; i++) {
            int n = 1 + random.nextInt(15);
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < n; j++) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            String canonical;
            try {
                canonical = IpRange.parse(text).toString();
            } catch (IllegalArgumentException e) {
                canonical = null;
            }
            assertEquals(text.equals(canonical), IpAddresses.isCanonicalIpv4(text), text);
        }
    }
}
