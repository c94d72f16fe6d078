package io.redress.incidents.domain;

import java.time.Instant;

/** What a report is asked about: an account, a window [from, to), and optionally one of its keys. */
public record EvidenceRequest(String accountId, String keyId, Instant from, Instant to) {
}
