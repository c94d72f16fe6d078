package io.redress.apikeys.domain;

import static io.redress.apikeys.api.KeyPermission.READ;
import static io.redress.apikeys.api.KeyPermission.SPOT_TRADE;
import static io.redress.apikeys.api.KeyPermission.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.apikeys.api.KeyStatus;
import io.redress.shared.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final KeyPolicy policy = KeyPolicy.defaults();

    private static ApiKey key(Set<io.redress.apikeys.api.KeyPermission> perms, int ageDays) {
        ApiKey k = new ApiKey("k1", "ACC-1", NOW);
        k.describe(new KeyDescription("ACC-1", null, perms, IpAllowlist.none(), null, null,
                NOW.minus(Duration.ofDays(ageDays)), null, NOW.minus(Duration.ofDays(1))), null, NOW);
        return k;
    }

    private Set<io.redress.apikeys.api.KeyPermission> enforce(ApiKey k, Instant at) {
        return k.applyPolicy(policy.apply(k.policyFacts(), at), k.removedByPolicy(), at);
    }

    /** On registration nothing was removed before: what was taken comes from what the exchange granted. */
    private Set<io.redress.apikeys.api.KeyPermission> register(ApiKey k, Instant at) {
        return k.applyPolicy(policy.apply(k.policyFacts(), at), Set.of(), at);
    }

    @Test
    void aLapseIsReportedOnceHoweverOftenThePolicyLooks() {
        ApiKey k = key(EnumSet.of(READ, SPOT_TRADE, WITHDRAW), 10);
        assertEquals(Set.of(WITHDRAW), register(k, NOW), "withdraw without an allowlist goes at once");
        assertEquals(Set.of(), enforce(k, NOW), "and is not reported again");
        assertEquals(EnumSet.of(READ, SPOT_TRADE), k.permissions());
        assertEquals(Set.of(SPOT_TRADE), enforce(k, NOW.plus(Duration.ofDays(20))), "trading lapses at 30 days");
        assertEquals(EnumSet.of(READ), k.permissions());
        assertEquals(Set.of(), enforce(k, NOW.plus(Duration.ofDays(20))));
    }

    @Test
    void expiryTakesEverythingAndIsFinal() {
        ApiKey k = key(EnumSet.of(READ), 10);
        register(k, NOW);
        assertEquals(Set.of(READ), enforce(k, NOW.plus(Duration.ofDays(29))));
        assertEquals(KeyStatus.EXPIRED, k.status());
        assertEquals(Set.of(), k.permissions());
        assertThrows(RuleViolation.class, () -> k.revoke("sec", "leak", NOW));
    }

    @Test
    void revocationIsFinalAndSaysWhoAndWhy() {
        ApiKey k = key(EnumSet.of(READ, SPOT_TRADE), 1);
        register(k, NOW);
        k.revoke("sec.alice", "published in a leak", NOW);
        assertEquals(KeyStatus.REVOKED, k.view(null).status());
        assertEquals("sec.alice", k.view(null).statusBy());
        assertEquals("published in a leak", k.view(null).statusReason());
        assertEquals(List.of(), List.copyOf(k.permissions()));
        assertThrows(RuleViolation.class, () -> k.revoke("sec.bob", "again", NOW));
    }
}
