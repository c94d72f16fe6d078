package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One account-security case per account: which case a finding joins, and which accounts need a new one. */
class SecurityCasePickTest {

    @Test
    void aFindingJoinsTheOldestOpenSecurityCaseAndAnAccountWithoutOneGetsANewOne() {
        SecurityCasePick.Picked<String> p = SecurityCasePick.of(List.of("A", "B", "C"), List.of(
                new SecurityCasePick.Open<>("A", Category.GENERAL, "A-general"),
                new SecurityCasePick.Open<>("A", Category.ACCOUNT_SECURITY, "A-security-old"),
                new SecurityCasePick.Open<>("C", Category.ACCOUNT_SECURITY, "C-security"),
                new SecurityCasePick.Open<>("A", Category.ACCOUNT_SECURITY, "A-security-new"),
                new SecurityCasePick.Open<>("B", Category.GENERAL, "B-general")));
        assertEquals(Map.of("A", "A-security-old", "C", "C-security"), p.joined());
        assertEquals(List.of("B"), p.toOpen(), "an account whose open cases are of other kinds gets one");
    }

    @Test
    void anAccountAskedTwiceGetsOneCase() {
        SecurityCasePick.Picked<String> p = SecurityCasePick.of(List.of("B", "A", "B"), List.of());
        assertEquals(List.of("B", "A"), p.toOpen());
    }
}
