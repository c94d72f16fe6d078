package io.redress.incidents.domain;

import java.time.Instant;

/** An incident as staff read it. */
public record IncidentView(String reference, String integration, String integrationName, Severity severity,
                           Instant suspectedSince, String known, IncidentState state, String declaredBy,
                           Instant declaredAt, long version) {
}
