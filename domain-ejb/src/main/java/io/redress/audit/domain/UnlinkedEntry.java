package io.redress.audit.domain;

/** An entry committed and not yet on the chain: its insertion id and what it says. */
public record UnlinkedEntry(long entryId, AuditFacts facts) {
}
