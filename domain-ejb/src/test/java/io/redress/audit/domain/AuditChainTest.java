package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.testing.MappedColumns;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void theFirstEntryIsNumberOneAndLinksToTheGenesisHash() {
        AuditChain chain = InMemoryChain.fresh();
        AuditFacts facts = InMemoryChain.facts(1);

        List<AuditLink> links = chain.link(List.of(new UnlinkedEntry(77, facts)));

        AuditLink first = links.get(0);
        assertEquals(1, first.seq());
        assertEquals(77, first.entryId());
        assertEquals(AuditHasher.GENESIS, first.prevHash());
        assertEquals(AuditHasher.hash(1, facts, AuditHasher.GENESIS), first.hash());
    }

    @Test
    void aBatchIsChainedInTheOrderOfInsertionIdsWhateverOrderItArrivesIn() {
        AuditChain chain = InMemoryChain.fresh();
        UnlinkedEntry a = new UnlinkedEntry(10, InMemoryChain.facts(1));
        UnlinkedEntry b = new UnlinkedEntry(11, InMemoryChain.facts(2));
        UnlinkedEntry c = new UnlinkedEntry(60, InMemoryChain.facts(3));

        List<AuditLink> links = chain.link(List.of(c, a, b));

        assertEquals(List.of(10L, 11L, 60L), links.stream().map(AuditLink::entryId).toList());
        assertEquals(List.of(1L, 2L, 3L), links.stream().map(AuditLink::seq).toList());
        assertEquals(AuditHasher.hash(1, a.facts(), AuditHasher.GENESIS), links.get(0).hash());
        assertEquals(AuditHasher.hash(2, b.facts(), links.get(0).hash()), links.get(1).hash());
        assertEquals(AuditHasher.hash(3, c.facts(), links.get(1).hash()), links.get(2).hash());
    }

    @Test
    void eachLinkPointsToThePreviousOneAcrossBatchesAndTheHeadFollows() {
        AuditChain chain = InMemoryChain.fresh();

        List<AuditLink> first = chain.link(List.of(new UnlinkedEntry(5, InMemoryChain.facts(1)),
                new UnlinkedEntry(6, InMemoryChain.facts(2))));
        // an entry inserted earlier (a lower id) but committed after the first batch goes after it, not before
        List<AuditLink> second = chain.link(List.of(new UnlinkedEntry(3, InMemoryChain.facts(3))));

        assertEquals(3, second.get(0).seq());
        assertEquals(first.get(1).hash(), second.get(0).prevHash());
        assertEquals(AuditHasher.hash(3, InMemoryChain.facts(3), first.get(1).hash()), second.get(0).hash());
        assertEquals(3, chain.lastSeq());
        assertEquals(second.get(0).hash(), chain.lastHash());
    }

    @Test
    void anEmptyBatchLeavesTheHeadWhereItWas() {
        AuditChain chain = InMemoryChain.fresh();
        InMemoryChain.entries(chain, 2);
        String hash = chain.lastHash();

        assertTrue(chain.link(List.of()).isEmpty());

        assertEquals(2, chain.lastSeq());
        assertEquals(hash, chain.lastHash());
    }

    @Test
    void anEntryGivenTwiceInABatchIsRefusedAndTheHeadStays() {
        AuditChain chain = InMemoryChain.fresh();
        UnlinkedEntry e = new UnlinkedEntry(9, InMemoryChain.facts(1));

        assertThrows(IllegalArgumentException.class, () -> chain.link(List.of(e, e)));
        assertEquals(0, chain.lastSeq());
        assertEquals(AuditHasher.GENESIS, chain.lastHash());
    }

    @Test
    void identicalFactsLinkedTwiceGetDifferentHashes() {
        AuditChain chain = InMemoryChain.fresh();
        AuditFacts same = InMemoryChain.facts(1);

        List<AuditLink> links = chain.link(List.of(new UnlinkedEntry(1, same), new UnlinkedEntry(2, same)));

        assertEquals(links.get(0).hash(), links.get(1).prevHash());
        assertNotEquals(links.get(0).hash(), links.get(1).hash());
    }

    @Test
    void aLinksRowNamesEveryColumnItMapsWithItsValues() {
        AuditLink link = InMemoryChain.fresh().link(List.of(new UnlinkedEntry(77, InMemoryChain.facts(1)))).get(0);
        assertEquals(MappedColumns.of(AuditLink.class), new java.util.LinkedHashSet<>(AuditLink.ROW_COLUMNS));
        java.util.Map<String, Object> row = MappedColumns.byColumn(AuditLink.ROW_COLUMNS, link.row());
        assertEquals(1L, row.get("seq"));
        assertEquals(77L, row.get("entry_id"));
        assertEquals(AuditHasher.GENESIS, row.get("prev_hash"));
        assertEquals(link.hash(), row.get("hash"));
    }
}
