package io.redress.api.alerts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the alert resource reads field by field, as {@code /openapi} documents them. */
final class AlertBodies {

    private AlertBodies() {
    }

    @Schema(name = "AlertAcknowledgement", description = "Taking an alert on")
    record Acknowledgement(
            @Schema(required = true, description = "The version read") Long version,
            @Schema(description = "A note", maxLength = 4000) String note) {
    }

    @Schema(name = "AlertResolution", description = "Resolving an alert")
    record Resolution(
            @Schema(required = true, description = "The version read") Long version,
            @Schema(required = true, description = "What was done", maxLength = 4000) String note) {
    }

    @Schema(name = "AlertAssignment", description = "Assigning an alert")
    record Assignment(
            @Schema(required = true, description = "The version read") Long version,
            @Schema(description = "A member of the alert's role; null unassigns", maxLength = 64) String assignee) {
    }
}
