package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void theFirstEntryIsNumberOneAndLinksToTheGenesisHash() {
        AuditChain chain = InMemoryChain.fresh();
        AuditFacts facts = InMemoryChain.facts(1);

        AuditEntry first = chain.append(facts);

        assertEquals(1, first.seq());
        assertEquals(AuditHasher.GENESIS, first.prevHash());
        assertEquals(AuditHasher.hash(1, facts, AuditHasher.GENESIS), first.hash());
        assertEquals(facts, first.facts());
    }

    @Test
    void eachEntryLinksToThePreviousOneAndTheHeadFollows() {
        AuditChain chain = InMemoryChain.fresh();

        List<AuditEntry> entries = InMemoryChain.entries(chain, 3);

        for (int i = 1; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).seq());
            assertEquals(entries.get(i - 1).hash(), entries.get(i).prevHash());
            assertEquals(AuditHasher.hash(i + 1, InMemoryChain.facts(i + 1), entries.get(i - 1).hash()),
                    entries.get(i).hash());
        }
        assertEquals(3, chain.lastSeq());
        assertEquals(entries.get(2).hash(), chain.lastHash());
    }

    @Test
    void identicalFactsAppendedTwiceGetDifferentHashes() {
        AuditChain chain = InMemoryChain.fresh();
        AuditFacts same = InMemoryChain.facts(1);

        AuditEntry a = chain.append(same);
        AuditEntry b = chain.append(same);

        assertEquals(2, b.seq());
        assertEquals(a.hash(), b.prevHash());
        org.junit.jupiter.api.Assertions.assertNotEquals(a.hash(), b.hash());
    }
}
