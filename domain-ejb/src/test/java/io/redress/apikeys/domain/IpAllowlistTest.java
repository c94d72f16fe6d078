package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpAllowlistTest {

    @Test
    void namesEveryBadEntryByItsIndex() {
        List<FieldError> errors = new ArrayList<>();
        IpAllowlist.parse("ipAllowlist", List.of("203.0.113.7", "300.1.1.1", "2001:db8::/32", "10.0.0.1/8"), errors);
        assertEquals(List.of("ipAllowlist[1]", "ipAllowlist[3]"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void keepsCanonicalEntriesOnceAndReadsThemBack() {
        List<FieldError> errors = new ArrayList<>();
        IpAllowlist list = IpAllowlist.parse("ipAllowlist", List.of("2001:DB8::/32", "203.0.113.7", "2001:db8:0::/32"), errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("2001:db8::/32", "203.0.113.7"), list.entries());
        assertEquals(list.entries(), IpAllowlist.stored(list.toString()).entries());
    }

    @Test
    void noAllowlistAllowsAnyAddressAnAllowlistOnlyItsOwn() {
        assertTrue(IpAllowlist.none().allows("8.8.8.8"));
        IpAllowlist list = IpAllowlist.stored("203.0.113.0/24 2001:db8::/32");
        assertTrue(list.allows("203.0.113.9"));
        assertTrue(list.allows("2001:db8::7"));
        assertFalse(list.allows("198.51.100.1"));
        assertFalse(list.allows("not an address"), "an address that cannot be read is outside");
    }

    @Test
    void refusesMoreThanAHundredEntries() {
        List<FieldError> errors = new ArrayList<>();
        IpAllowlist.parse("ipAllowlist", Collections.nCopies(101, "203.0.113.7"), errors);
        assertEquals("ipAllowlist", errors.get(0).field());
    }
}
