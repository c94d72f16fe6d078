package io.redress.screening.domain;

import java.time.Instant;

/** A compliance officer's internal note on an investigation, as compliance and auditors read it. */
public record InvestigationNoteView(long id, long investigationId, String writtenBy, Instant writtenAt, String text) {
}
