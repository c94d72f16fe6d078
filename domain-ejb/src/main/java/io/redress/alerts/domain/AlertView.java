package io.redress.alerts.domain;

import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.shared.domain.Role;
import java.time.Instant;

/** An alert as staff read it (in the inbox and over REST). */
public record AlertView(Long id, String kind, Severity severity, String accountId, String subject, String message,
                        Role mustAct, AlertState state, Instant raisedAt, String assignedTo, Instant assignedAt,
                        String acknowledgedBy, Instant acknowledgedAt, String acknowledgeNote, String resolvedBy,
                        Instant resolvedAt, String resolveNote, long version) {
}
