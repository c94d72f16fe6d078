package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final AuditChain chain = InMemoryChain.fresh();

    private static ChainStatus verify(List<LinkedEntry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        for (LinkedEntry e : entries) {
            if (!verifier.accept(e.seq(), e.facts(), e.prevHash(), e.hash())) {
                break;
            }
        }
        return verifier.result(headSeq, headHash);
    }

    private ChainStatus verifyAgainstHead(List<LinkedEntry> entries) {
        return verify(entries, chain.lastSeq(), chain.lastHash());
    }

    private static LinkedEntry withFacts(LinkedEntry e, AuditFacts facts) {
        return new LinkedEntry(e.seq(), facts, e.prevHash(), e.hash());
    }

    @Test
    void anIntactChainVerifiesEveryEntry() {
        List<LinkedEntry> entries = InMemoryChain.entries(chain, 5);

        ChainStatus status = verifyAgainstHead(entries);

        assertTrue(status.intact(), status::problem);
        assertEquals(5, status.entriesVerified());
        assertNull(status.firstBrokenSeq());
        assertNull(status.problem());
    }

    @Test
    void anEmptyChainWithAHeadAtZeroIsIntact() {
        ChainStatus status = verify(List.of(), 0, AuditHasher.GENESIS);

        assertTrue(status.intact(), status::problem);
        assertEquals(0, status.entriesVerified());
    }

    @Test
    void anAlteredEntryIsReportedAtItsSequenceNumber() {
        List<LinkedEntry> entries = new ArrayList<>(InMemoryChain.entries(chain, 5));
        AuditFacts original = entries.get(2).facts();
        AuditFacts altered = new AuditFacts(original.occurredAt(), original.actor(), original.actorRole(),
                original.action(), original.entityType(), original.entityId(), original.before(), original.after(),
                "a different reason", original.origin());
        entries.set(2, withFacts(entries.get(2), altered));

        ChainStatus status = verifyAgainstHead(entries);

        assertFalse(status.intact());
        assertEquals(3L, status.firstBrokenSeq());
        assertEquals(2, status.entriesVerified());
        assertTrue(status.problem().contains("altered"), status.problem());
    }

    @Test
    void anEntryMovedOntoAnotherAccountsTimelineIsReportedAsAltered() {
        List<LinkedEntry> entries = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            AuditFacts f = InMemoryChain.facts(n);
            entries.add(InMemoryChain.append(chain, new AuditFacts(f.occurredAt(), f.actor(), f.actorRole(), f.action(), f.entityType(),
                    f.entityId(), f.before(), f.after(), f.reason(), f.origin(), "ACC-" + n)));
        }
        assertTrue(verifyAgainstHead(entries).intact());
        AuditFacts original = entries.get(1).facts();
        entries.set(1, withFacts(entries.get(1), new AuditFacts(original.occurredAt(), original.actor(),
                original.actorRole(), original.action(), original.entityType(), original.entityId(), original.before(),
                original.after(), original.reason(), original.origin(), "ACC-1")));

        ChainStatus status = verifyAgainstHead(entries);

        assertFalse(status.intact());
        assertEquals(2L, status.firstBrokenSeq());
        assertTrue(status.problem().contains("altered"), status.problem());
    }

    @Test
    void aMissingEntryIsReportedAtTheMissingSequenceNumber() {
        List<LinkedEntry> entries = new ArrayList<>(InMemoryChain.entries(chain, 5));
        entries.remove(2); // seq 3

        ChainStatus status = verifyAgainstHead(entries);

        assertFalse(status.intact());
        assertEquals(3L, status.firstBrokenSeq());
        assertEquals(2, status.entriesVerified());
        assertTrue(status.problem().contains("missing"), status.problem());
    }

    @Test
    void aMissingFirstEntryIsReportedAtOne() {
        List<LinkedEntry> entries = new ArrayList<>(InMemoryChain.entries(chain, 3));
        entries.remove(0);

        ChainStatus status = verifyAgainstHead(entries);

        assertEquals(1L, status.firstBrokenSeq());
        assertEquals(0, status.entriesVerified());
        assertTrue(status.problem().contains("missing"), status.problem());
    }

    @Test
    void aSwappedPairIsReportedAtTheFirstOfIt() {
        List<LinkedEntry> entries = new ArrayList<>(InMemoryChain.entries(chain, 5));
        LinkedEntry second = entries.get(1);
        LinkedEntry third = entries.get(2);
        entries.set(1, withFacts(second, third.facts()));
        entries.set(2, withFacts(third, second.facts()));

        ChainStatus status = verifyAgainstHead(entries);

        assertFalse(status.intact());
        assertEquals(2L, status.firstBrokenSeq());
        assertEquals(1, status.entriesVerified());
    }

    @Test
    void swappedRowsRenumberedInPlaceAreReportedAtTheFirstOfThePair() {
        List<LinkedEntry> entries = new ArrayList<>(InMemoryChain.entries(chain, 5));
        LinkedEntry second = entries.get(1);
        LinkedEntry third = entries.get(2);
        entries.set(1, new LinkedEntry(2, third.facts(), third.prevHash(), third.hash()));
        entries.set(2, new LinkedEntry(3, second.facts(), second.prevHash(), second.hash()));

        ChainStatus status = verifyAgainstHead(entries);

        assertFalse(status.intact());
        assertEquals(2L, status.firstBrokenSeq());
        assertTrue(status.problem().contains("does not link"), status.problem());
    }

    @Test
    void anEntryRewrittenWithARecomputedHashBreaksTheLinkOfTheNextEntry() {
        List<LinkedEntry> entries = new ArrayList<>(InMemoryChain.entries(chain, 5));
        LinkedEntry third = entries.get(2);
        AuditFacts forged = InMemoryChain.facts(99);
        entries.set(2, new LinkedEntry(3, forged, third.prevHash(), AuditHasher.hash(3, forged, third.prevHash())));

        ChainStatus status = verifyAgainstHead(entries);

        assertFalse(status.intact());
        assertEquals(4L, status.firstBrokenSeq());
        assertEquals(3, status.entriesVerified());
        assertTrue(status.problem().contains("does not link"), status.problem());
    }

    @Test
    void aFirstEntryThatDoesNotStartFromGenesisIsBroken() {
        AuditFacts facts = InMemoryChain.facts(1);
        String prev = "f".repeat(64);
        ChainVerifier verifier = new ChainVerifier();

        assertFalse(verifier.accept(1, facts, prev, AuditHasher.hash(1, facts, prev)));
        assertEquals(1L, verifier.result(1, AuditHasher.hash(1, facts, prev)).firstBrokenSeq());
    }

    @Test
    void aTruncatedTailIsReportedAfterTheLastEntrySeen() {
        List<LinkedEntry> entries = InMemoryChain.entries(chain, 5);

        ChainStatus status = verify(entries.subList(0, 3), chain.lastSeq(), chain.lastHash());

        assertFalse(status.intact());
        assertEquals(4L, status.firstBrokenSeq());
        assertEquals(3, status.entriesVerified());
        assertTrue(status.problem().contains("ends at entry 3"), status.problem());
    }

    @Test
    void aChainWhollyDeletedBehindAHeadIsBrokenAtOne() {
        InMemoryChain.entries(chain, 2);

        ChainStatus status = verify(List.of(), chain.lastSeq(), chain.lastHash());

        assertFalse(status.intact());
        assertEquals(1L, status.firstBrokenSeq());
        assertEquals(0, status.entriesVerified());
    }

    @Test
    void aHeadHashThatDiffersFromTheLastEntryIsReportedAtTheHead() {
        List<LinkedEntry> entries = InMemoryChain.entries(chain, 3);

        ChainStatus status = verify(entries, 3, "e".repeat(64));

        assertFalse(status.intact());
        assertEquals(3L, status.firstBrokenSeq());
        assertEquals(3, status.entriesVerified());
    }

    @Test
    void laterEntriesCannotRepairABreak() {
        List<LinkedEntry> entries = InMemoryChain.entries(chain, 4);
        LinkedEntry second = entries.get(1);
        ChainVerifier verifier = new ChainVerifier();

        assertTrue(verifier.accept(1, entries.get(0).facts(), entries.get(0).prevHash(), entries.get(0).hash()));
        assertFalse(verifier.accept(2, InMemoryChain.facts(42), second.prevHash(), second.hash()));
        assertFalse(verifier.accept(2, second.facts(), second.prevHash(), second.hash()));
        for (LinkedEntry e : entries.subList(2, 4)) {
            assertFalse(verifier.accept(e.seq(), e.facts(), e.prevHash(), e.hash()));
        }

        ChainStatus status = verifier.result(chain.lastSeq(), chain.lastHash());
        assertFalse(status.intact());
        assertEquals(2L, status.firstBrokenSeq());
        assertEquals(1, status.entriesVerified());
    }
}
