package io.redress.shared.domain;

/** What a staff member (or the exchange's own systems) may do in Redress. */
public enum Role {
    AGENT,
    SUPERVISOR,
    SECURITY,
    COMPLIANCE,
    AUDITOR,
    ADMIN,
    /** The exchange's core systems calling the REST API with their own credentials. */
    INTEGRATION
}
