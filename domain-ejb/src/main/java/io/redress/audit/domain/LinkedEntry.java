package io.redress.audit.domain;

/** An entry on the chain as the verifier reads it: its sequence number, facts, previous hash and hash. */
public record LinkedEntry(long seq, AuditFacts facts, String prevHash, String hash) {
}
