package io.redress.audit.domain;

/**
 * Walks the chain in sequence order and reports the first entry that does not hold: a missing sequence
 * number (a deleted row), a previous-hash link that does not match (a deleted, inserted or swapped row),
 * or a hash that does not match the entry's own content (an updated row). Feed it with
 * {@link #accept}, then ask {@link #result}.
 */
public final class ChainVerifier {

    private long expectedSeq = 1;
    private String expectedPrev = AuditHasher.GENESIS;
    private long checked;
    private ChainStatus broken;

    /** @return false once a break is found: later entries cannot change the answer */
    public boolean accept(long seq, AuditFacts facts, String prevHash, String hash) {
        if (broken != null) {
            return false;
        }
        if (seq != expectedSeq) {
            broken = ChainStatus.broken(checked, expectedSeq,
                    "entry " + expectedSeq + " is missing (the next entry is " + seq + ")");
            return false;
        }
        if (!expectedPrev.equals(prevHash)) {
            broken = ChainStatus.broken(checked, seq,
                    "entry " + seq + " does not link to entry " + (seq - 1) + ": its previous-hash differs");
            return false;
        }
        if (!AuditHasher.hash(seq, facts, prevHash).equals(hash)) {
            broken = ChainStatus.broken(checked, seq, "entry " + seq + " was altered: its content does not match its hash");
            return false;
        }
        checked++;
        expectedSeq = seq + 1;
        expectedPrev = hash;
        return true;
    }

    /**
     * @param headSeq  the last sequence number the chain head records
     * @param headHash the last hash the chain head records
     */
    public ChainStatus result(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        long lastSeen = expectedSeq - 1;
        if (lastSeen != headSeq) {
            return ChainStatus.broken(checked, lastSeen + 1,
                    "the chain ends at entry " + lastSeen + " but its head records entry " + headSeq);
        }
        if (!expectedPrev.equals(headHash)) {
            return ChainStatus.broken(checked, headSeq, "the last entry's hash differs from the one the chain head records");
        }
        return ChainStatus.intact(checked);
    }
}
