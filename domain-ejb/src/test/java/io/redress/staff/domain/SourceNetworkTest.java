package io.redress.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SourceNetworkTest {

    @Test
    void anIpv4AddressIsItsOwnNetwork() {
        assertEquals("203.0.113.7", SourceNetwork.of("203.0.113.7"));
        assertNotEquals(SourceNetwork.of("203.0.113.7"), SourceNetwork.of("203.0.113.8"));
    }

    @Test
    void everyAddressOfOneIpv6SlashSixtyFourIsOneNetwork() {
        String one = SourceNetwork.of("2001:db8:1:2::1");
        assertEquals("2001:db8:1:2::/64", one);
        assertEquals(one, SourceNetwork.of("2001:0db8:0001:0002:ffff:ffff:ffff:fffe"), "an attacker rotating the low 64 bits");
        assertEquals(one, SourceNetwork.of("2001:DB8:1:2:a:b:c:d"));
        assertEquals(one, SourceNetwork.of("[2001:db8:1:2::99]"));
        assertEquals(one, SourceNetwork.of("2001:db8:1:2::1%eth0"));
        assertNotEquals(one, SourceNetwork.of("2001:db8:1:3::1"), "the next /64 is another subscriber");
        assertEquals("0:0:0:0::/64", SourceNetwork.of("::1"));
        assertEquals("0:0:0:0::/64", SourceNetwork.of("::"));
        assertEquals("1:0:0:0::/64", SourceNetwork.of("1::"));
        assertEquals("0:1:2:3::/64", SourceNetwork.of("::1:2:3:4:5:6:7"));
        assertEquals("fe80:0:0:0::/64", SourceNetwork.of("fe80::1"));
        assertEquals("2001:db8:0:0::/64", SourceNetwork.of("2001:db8::"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheIpv4Address() {
        assertEquals("203.0.113.7", SourceNetwork.of("::ffff:203.0.113.7"));
        assertEquals("203.0.113.7", SourceNetwork.of("::ffff:cb00:7107"));
        assertEquals("203.0.113.7", SourceNetwork.of("0:0:0:0:0:ffff:203.0.113.7"));
        // behind a NAT64 translator each IPv4 client keeps its own count
        assertEquals("203.0.113.7", SourceNetwork.of("64:ff9b::203.0.113.7"));
        assertEquals("203.0.113.8", SourceNetwork.of("64:ff9b::cb00:7108"));
        assertEquals("64:ff9b:1:0::/64", SourceNetwork.of("64:ff9b:1::203.0.113.7"), "the local-use prefix is a network");
    }

    @Test
    void whatIsNoAddressIsCountedAsItIs() {
        for (String odd : new String[] {"1:2:3", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "g::1", "::ffff:300.1.1.1",
                "1:2:3:4:5:6:7::8:9", "1.2.3.4::", "::1.2.3.4:5", "1:2:3:4:5:6:7:8::", ":::", "[::1]:8080",
                "\uFF11::1", "1::\u0661.2.3.4", "unknown", ""}) {
            assertEquals(odd, SourceNetwork.of(odd), odd);
        }
        assertNull(SourceNetwork.of(null));
        assertEquals("1:2:3:4:5:6:7", SourceNetwork.of("1:2:3:4:5:6:7"), "seven groups without a gap");
        assertEquals("1:2:3:4::/64", SourceNetwork.of("1:2:3:4:5:6:7:8"), "eight groups");
    }
}
