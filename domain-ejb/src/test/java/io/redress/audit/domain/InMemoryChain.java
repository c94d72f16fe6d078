package io.redress.audit.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Test helper: an audit chain head as the migration creates it (seq 0, genesis hash), kept in memory. */
final class InMemoryChain {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private InMemoryChain() {
    }

    static AuditChain fresh() {
        AuditChain chain = new AuditChain() {
        };
        try {
            Field lastHash = AuditChain.class.getDeclaredField("lastHash");
            lastHash.setAccessible(true);
            lastHash.set(chain, AuditHasher.GENESIS);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("AuditChain no longer has a lastHash field", e);
        }
        return chain;
    }

    static AuditFacts facts(int n) {
        return new AuditFacts(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n), "user" + n, "AGENT",
                "case.note", "Case", "C-" + n, "{\"n\":" + (n - 1) + "}", "{\"n\":" + n + "}", "reason " + n, "10.0.0." + n);
    }

    /** Links one committed entry with these facts (a fresh insertion id) and returns it as the verifier reads it. */
    static LinkedEntry append(AuditChain chain, AuditFacts facts) {
        AuditLink link = chain.link(List.of(new UnlinkedEntry(IDS.incrementAndGet(), facts))).get(0);
        return link.with(facts);
    }

    /** Links {@code n} entries with distinct facts, one after another. */
    static List<LinkedEntry> entries(AuditChain chain, int n) {
        List<LinkedEntry> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(append(chain, facts(i)));
        }
        return out;
    }
}
