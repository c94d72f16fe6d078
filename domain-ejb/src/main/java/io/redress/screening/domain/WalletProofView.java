package io.redress.screening.domain;

import java.time.Instant;

/** A recorded proof of control, and how many travel-rule holds on deposits from the address it ended. */
public record WalletProofView(String accountId, String chain, String address, ProofMethod method, String recordedBy,
                              Instant recordedAt, int holdsReleased) {
}
