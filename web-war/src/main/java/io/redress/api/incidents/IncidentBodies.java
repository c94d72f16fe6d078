package io.redress.api.incidents;

import io.redress.incidents.domain.Severity;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the incident resources read field by field, as {@code /openapi} documents them. */
final class IncidentBodies {

    private IncidentBodies() {
    }

    @Schema(name = "NewIncident", description = "A third-party incident as SECURITY declares it")
    record Declaration(
            @Schema(required = true, description = "The code of the integration believed compromised", maxLength = 64,
                    example = "tradebot-pro") String integration,
            @Schema(required = true, description = "How bad it is believed to be") Severity severity,
            @Schema(required = true, description = "Since when its keys are believed exposed (ISO-8601 UTC, not in the"
                    + " future, at most three years ago); anomalies are counted from then") Instant suspectedSince,
            @Schema(required = true, description = "What is known so far", minLength = 10, maxLength = 4000) String known) {
    }

    @Schema(name = "IncidentActionRequest", description = "A bulk action on the incident's keys and accounts, to be approved"
            + " by a second SECURITY or SUPERVISOR member before it runs as a job")
    record ActionRequest(
            @Schema(description = "Only keys created before this moment (ISO-8601 UTC, in the past); absent: every key")
            Instant createdBefore,
            @Schema(description = "Only keys without an IP allowlist (default false)") Boolean withoutAllowlistOnly,
            @Schema(description = "Notify every affected customer through the one outbox, in their language (default true)")
            Boolean notifyCustomers,
            @Schema(description = "Open or join one account-security case per affected account, linked to the incident"
                    + " (default true)") Boolean openCases,
            @Schema(description = "Place a protective lock on every affected account: no API trading, no withdrawals to new"
                    + " addresses, until the customer has verified themselves (POST /api/v1/accounts/{accountId}/"
                    + "protective-lock/lift); not a restriction (default false)") Boolean protectiveLock,
            @Schema(required = true, description = "Why these keys and accounts", minLength = 10, maxLength = 2000)
            String justification,
            @Schema(description = "The incident's version as read; 409 when it changed") Long version) {
    }

    @Schema(name = "IncidentActionDecision", description = "Approving a bulk action (never by its requester)")
    record Decision(
            @Schema(required = true, description = "The action's version as read") Long version,
            @Schema(description = "A note for the audit trail", maxLength = 2000) String note) {
    }

    @Schema(name = "IncidentActionRejection", description = "Rejecting a bulk action (never by its requester), saying why")
    record Rejection(
            @Schema(required = true, description = "The action's version as read") Long version,
            @Schema(required = true, description = "Why it is rejected, in writing: the requester and the audit trail read it",
                    minLength = 10, maxLength = 2000) String note) {
    }

    @Schema(name = "VersionOnly", description = "The version read; 409 when it changed since")
    record VersionOnly(@Schema(required = true, description = "The version as read") Long version) {
    }
}
