package io.redress.it.support;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.redress.shared.domain.Role;

/**
 * Which roles may call each operation of {@code /openapi}, from the README's "who" tables and the permission of each
 * service method. The authorization matrix asserts every cell; the endpoint sweep calls each operation as a role
 * allowed to. An operation missing here fails both: a new endpoint needs its row.
 */
public final class AccessTable {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> CASEWORKERS = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE);
    private static final Set<Role> STAFF = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE,
            Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> APPROVERS = EnumSet.of(Role.SUPERVISOR, Role.COMPLIANCE);

    private static final Map<String, Set<Role>> ALLOWED = new TreeMap<>();

    static {
        allow("GET /api/v1/accounts", EVERYONE);
        allow("PUT /api/v1/accounts/{accountId}", EnumSet.of(Role.INTEGRATION));
        allow("GET /api/v1/accounts/{accountId}", EVERYONE);
        allow("GET /api/v1/accounts/{accountId}/history", STAFF);
        allow("GET /api/v1/accounts/{accountId}/timeline", STAFF);
        allow("GET /api/v1/accounts/{accountId}/decision", EVERYONE);
        allow("GET /api/v1/accounts/{accountId}/protective-lock", EVERYONE);
        allow("POST /api/v1/accounts/{accountId}/protective-lock", EnumSet.of(Role.SECURITY, Role.SUPERVISOR));
        allow("POST /api/v1/accounts/{accountId}/protective-lock/lift", EnumSet.of(Role.INTEGRATION, Role.SECURITY));
        allow("POST /api/v1/accounts/{accountId}/restrictions", CASEWORKERS);
        allow("GET /api/v1/accounts/{accountId}/restrictions", EVERYONE);
        allow("POST /api/v1/accounts/{accountId}/complaints", EnumSet.of(Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR));
        allow("PUT /api/v1/accounts/{accountId}/confidential", EnumSet.of(Role.COMPLIANCE));
        allow("POST /api/v1/decisions", EVERYONE);
        allow("GET /api/v1/restrictions/pending", EnumSet.of(Role.SUPERVISOR, Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/restrictions/{id}", EVERYONE);
        allow("POST /api/v1/restrictions/{id}/approve", APPROVERS);
        allow("POST /api/v1/restrictions/{id}/reject", APPROVERS);
        allow("POST /api/v1/restrictions/{id}/cancel", CASEWORKERS);
        allow("POST /api/v1/restrictions/{id}/appeals", EnumSet.of(Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR));
        allow("GET /api/v1/restrictions/{id}/appeals", EVERYONE);
        allow("GET /api/v1/appeals", EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/appeals/{id}", EVERYONE);
        allow("POST /api/v1/appeals/{id}/decision", APPROVERS);
        allow("GET /api/v1/policy/reasons", EVERYONE);
        allow("POST /api/v1/policy/reasons", EnumSet.of(Role.ADMIN));
        allow("PUT /api/v1/policy/reasons/{code}", EnumSet.of(Role.ADMIN));
        allow("GET /api/v1/policy/reasons/{code}", EVERYONE);
        allow("GET /api/v1/policy/reasons/grounds", EVERYONE);
        allow("POST /api/v1/policy/reasons/{code}/retire", EnumSet.of(Role.ADMIN));
        allow("GET /api/v1/policy/reasons/pending", EnumSet.of(Role.ADMIN, Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/policy/reasons/{code}/versions", EnumSet.of(Role.ADMIN, Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/policy/reasons/{code}/versions/{revision}", EVERYONE);
        allow("POST /api/v1/policy/reasons/{code}/versions/{revision}/approve", EnumSet.of(Role.COMPLIANCE));
        allow("POST /api/v1/policy/reasons/{code}/versions/{revision}/reject", EnumSet.of(Role.COMPLIANCE, Role.ADMIN));
        allow("GET /api/v1/staff", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/staff", EnumSet.of(Role.ADMIN));
        allow("GET /api/v1/staff/{username}", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/staff/{username}/disable", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/staff/{username}/enable", EnumSet.of(Role.ADMIN));
        allow("PUT /api/v1/staff/{username}/roles", EnumSet.of(Role.ADMIN));
        allow("GET /api/v1/alerts", STAFF);
        allow("GET /api/v1/alerts/{id}", STAFF);
        allow("POST /api/v1/alerts/{id}/acknowledge", with(CASEWORKERS, Role.ADMIN));
        allow("POST /api/v1/alerts/{id}/resolve", with(CASEWORKERS, Role.ADMIN));
        allow("POST /api/v1/alerts/{id}/assignment", with(CASEWORKERS, Role.ADMIN));
        allow("GET /api/v1/notices", EnumSet.of(Role.INTEGRATION));
        allow("POST /api/v1/notices/{id}/delivered", EnumSet.of(Role.INTEGRATION));
        allow("GET /api/v1/reports/restrictions-after-complaints", EnumSet.of(Role.COMPLIANCE, Role.AUDITOR));
        allow("POST /api/v1/cases", with(CASEWORKERS, Role.INTEGRATION));
        allow("GET /api/v1/cases", STAFF);
        allow("GET /api/v1/cases/{ticket}", EVERYONE);
        allow("POST /api/v1/cases/{ticket}/messages", EnumSet.of(Role.INTEGRATION, Role.AGENT));
        allow("POST /api/v1/cases/{ticket}/replies", CASEWORKERS);
        allow("POST /api/v1/cases/{ticket}/notes", CASEWORKERS);
        allow("POST /api/v1/cases/{ticket}/changes", CASEWORKERS);
        allow("POST /api/v1/cases/{ticket}/links", CASEWORKERS);
        allow("POST /api/v1/cases/{ticket}/merge", CASEWORKERS);
        allow("GET /api/v1/canned-replies", EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE, Role.ADMIN));
        allow("GET /api/v1/canned-replies/{id}", EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE, Role.ADMIN));
        allow("POST /api/v1/canned-replies", EnumSet.of(Role.ADMIN));
        allow("PUT /api/v1/canned-replies/{id}", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/canned-replies/{id}/retire", EnumSet.of(Role.ADMIN));
        allow("GET /api/v1/integrations", EVERYONE);
        allow("GET /api/v1/integrations/{code}", EVERYONE);
        allow("POST /api/v1/integrations", EnumSet.of(Role.ADMIN));
        allow("PUT /api/v1/integrations/{code}", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/integrations/{code}/retire", EnumSet.of(Role.ADMIN));
        allow("PUT /api/v1/api-keys/{keyId}", EnumSet.of(Role.INTEGRATION));
        allow("GET /api/v1/api-keys/{keyId}", STAFF);
        allow("GET /api/v1/api-keys", STAFF);
        allow("POST /api/v1/api-keys/{keyId}/revoke", EnumSet.of(Role.SECURITY));
        allow("GET /api/v1/key-revocations", EnumSet.of(Role.INTEGRATION));
        allow("POST /api/v1/api-trade-events", EnumSet.of(Role.INTEGRATION));
        allow("GET /api/v1/outbox", EnumSet.of(Role.INTEGRATION));
        allow("GET /api/v1/messages", EnumSet.of(Role.INTEGRATION));
        allow("POST /api/v1/messages/{id}/ack", EnumSet.of(Role.INTEGRATION));
        allow("POST /api/v1/outbox/{id}/ack", EnumSet.of(Role.INTEGRATION));
        allow("GET /api/v1/policy/forbidden-terms", EnumSet.of(Role.SUPERVISOR, Role.COMPLIANCE, Role.AUDITOR, Role.ADMIN));
        allow("POST /api/v1/policy/forbidden-terms", EnumSet.of(Role.COMPLIANCE, Role.ADMIN));
        allow("DELETE /api/v1/policy/forbidden-terms/{id}", EnumSet.of(Role.COMPLIANCE, Role.ADMIN));
        allow("GET /api/v1/dashboard", STAFF);
        allow("POST /api/v1/public-posts", with(CASEWORKERS, Role.INTEGRATION));
        allow("GET /api/v1/public-posts", STAFF);
        allow("GET /api/v1/public-posts/{id}", STAFF);
        allow("POST /api/v1/public-posts/{id}/classification", CASEWORKERS);
        allow("GET /api/v1/campaigns", STAFF);
        allow("GET /api/v1/campaigns/{id}", STAFF);
        allow("GET /api/v1/audit/verify", EnumSet.of(Role.AUDITOR));
        allow("GET /api/v1/audit", EnumSet.of(Role.AUDITOR));
        allow("POST /api/v1/claims", with(CASEWORKERS, Role.INTEGRATION));
        allow("GET /api/v1/claims", STAFF);
        allow("GET /api/v1/claims/{id}", EVERYONE);
        allow("POST /api/v1/claims/{id}/assessment", CASEWORKERS);
        allow("POST /api/v1/claims/{id}/decision", CASEWORKERS);
        allow("POST /api/v1/claims/{id}/approve", APPROVERS);
        allow("POST /api/v1/claims/{id}/return", APPROVERS);
        allow("POST /api/v1/claims/{id}/payout", EnumSet.of(Role.INTEGRATION));
        allow("POST /api/v1/claims/{id}/appeal", EnumSet.of(Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR));
        allow("POST /api/v1/claims/{id}/appeal-decision", APPROVERS);
        allow("POST /api/v1/flagged-address-imports", EnumSet.of(Role.COMPLIANCE, Role.ADMIN));
        allow("GET /api/v1/flagged-address-imports", EnumSet.of(Role.COMPLIANCE, Role.ADMIN, Role.AUDITOR));
        allow("GET /api/v1/flagged-address-imports/{id}", EnumSet.of(Role.COMPLIANCE, Role.ADMIN, Role.AUDITOR));
        allow("GET /api/v1/flagged-addresses", EnumSet.of(Role.COMPLIANCE, Role.ADMIN, Role.AUDITOR));
        allow("POST /api/v1/chain-transfers", EnumSet.of(Role.INTEGRATION));
        allow("POST /api/v1/deposits/screen", EnumSet.of(Role.INTEGRATION));
        allow("GET /api/v1/deposit-screenings", EnumSet.of(Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/deposit-screenings/{id}", EnumSet.of(Role.COMPLIANCE, Role.AUDITOR));
        allow("POST /api/v1/wallet-proofs", EnumSet.of(Role.INTEGRATION, Role.COMPLIANCE));
        allow("GET /api/v1/investigations", EnumSet.of(Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/investigations/{id}", EnumSet.of(Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/investigations/{id}/report", EnumSet.of(Role.COMPLIANCE, Role.AUDITOR));
        allow("POST /api/v1/investigations/{id}/proposal", EnumSet.of(Role.COMPLIANCE));
        allow("POST /api/v1/investigations/{id}/approval", EnumSet.of(Role.COMPLIANCE));
        allow("POST /api/v1/investigations/{id}/authority-answer", EnumSet.of(Role.COMPLIANCE));
        allow("POST /api/v1/investigations/{id}/notes", EnumSet.of(Role.COMPLIANCE));
        allow("POST /api/v1/investigations/{id}/attachments", EnumSet.of(Role.COMPLIANCE));
        allow("GET /api/v1/investigations/{id}/attachments", EnumSet.of(Role.COMPLIANCE));
        allow("GET /api/v1/investigations/{id}/attachments/{attachmentId}", EnumSet.of(Role.COMPLIANCE));
        allow("GET /api/v1/incidents", STAFF);
        allow("POST /api/v1/incidents", EnumSet.of(Role.SECURITY));
        allow("GET /api/v1/incidents/{reference}", STAFF);
        allow("GET /api/v1/incidents/{reference}/blast-radius", STAFF);
        allow("POST /api/v1/incidents/{reference}/actions", EnumSet.of(Role.SECURITY));
        allow("POST /api/v1/incidents/{reference}/close", EnumSet.of(Role.SECURITY));
        allow("GET /api/v1/incident-actions/{id}", STAFF);
        allow("POST /api/v1/incident-actions/{id}/approve", EnumSet.of(Role.SUPERVISOR, Role.SECURITY));
        allow("POST /api/v1/incident-actions/{id}/reject", EnumSet.of(Role.SUPERVISOR, Role.SECURITY));
        allow("POST /api/v1/attribution-reports", EnumSet.of(Role.SECURITY, Role.SUPERVISOR));
        allow("GET /api/v1/attribution-reports", EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/attribution-reports/{reference}", EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE, Role.AUDITOR));
        allow("GET /api/v1/jobs/{id}", STAFF);
        allow("POST /api/v1/jobs/{id}/stop", EnumSet.of(Role.SUPERVISOR, Role.SECURITY));
        allow("POST /api/v1/jobs/{id}/restart", EnumSet.of(Role.SUPERVISOR, Role.SECURITY));
        allow("GET /api/v1/ping", EVERYONE);
    }

    private AccessTable() {
    }

    private static void allow(String operation, Set<Role> roles) {
        ALLOWED.put(operation, EnumSet.copyOf(roles));
    }

    private static Set<Role> with(Set<Role> base, Role more) {
        EnumSet<Role> all = EnumSet.copyOf(base);
        all.add(more);
        return all;
    }

    /** The roles allowed to call the operation ("PUT /api/v1/accounts/{accountId}"), or null when it has no row. */
    public static Set<Role> allowed(String operation) {
        return ALLOWED.get(operation);
    }

    /** One role allowed to call it, staff roles first (they reach the most code). */
    public static Role oneAllowed(String operation) {
        for (Role r : new Role[] {Role.AGENT, Role.SUPERVISOR, Role.COMPLIANCE, Role.SECURITY, Role.ADMIN, Role.AUDITOR,
                Role.INTEGRATION}) {
            if (ALLOWED.get(operation).contains(r)) {
                return r;
            }
        }
        throw new IllegalStateException("nobody may call " + operation);
    }
}
