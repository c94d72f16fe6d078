package io.redress.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.it.support.Api.Reply;
import java.util.UUID;

/** Test shorthand for the restriction workflow over REST: a fresh account, a request, an approval. */
public final class Restrictions {

    private Restrictions() {
    }

    /** A new customer account mirrored by a new integration client; returns its id. */
    public static String newAccount(Api exchange, int openPositions) {
        String id = "R-" + UUID.randomUUID().toString().substring(0, 10);
        Reply r = exchange.put("accounts/" + id, """
                {"handle":"cust%s","kycLevel":"VERIFIED","jurisdiction":"DE","customerSince":"2020-02-02",
                 "openDerivativesPositions":%d}""".formatted(id.substring(2, 8), openPositions));
        assertEquals(201, r.status(), r.body());
        return id;
    }

    /**
     * A new reason in force: proposed by a new administrator and approved by a new compliance officer (four eyes on
     * policy). {@code measures} as JSON strings, e.g. {@code "WITHDRAW_ONLY","CLOSE"}; returns its code.
     */
    public static String approvedReason(String ground, String measures, String approverRole, int minWindowDays, boolean disclosable) {
        String code = "IT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Reply proposed = Api.as(Api.newStaff("ADMIN")).post("policy/reasons", """
                {"code":"%s","ground":"%s","title":"Repeated chargebacks","termsClause":"Terms of Service 9.4 (Payments)",
                 "measures":[%s],"requiredEvidence":"The chargeback records","approverRole":"%s","minWindowDays":%d,
                 "noticeText":"Repeated chargebacks breached our payment terms.","disclosable":%b}"""
                .formatted(code, ground, measures, approverRole, minWindowDays, disclosable));
        assertEquals(201, proposed.status(), proposed.body());
        Reply approved = Api.as(Api.newStaff("COMPLIANCE")).post("policy/reasons/" + code + "/versions/1/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        return code;
    }

    public static String body(String measure, String reason, int windowDays) {
        return """
                {"measure":"%s","reasonCode":"%s","justification":"Documented in the linked tickets and reports.",
                 "evidence":["ticket RD-TEST-1"],"windowDays":%d}""".formatted(measure, reason, windowDays);
    }

    public static long request(Api staff, String accountId, String body) {
        Reply r = staff.post("accounts/" + accountId + "/restrictions", body);
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    public static Reply approve(Api approver, long id, String attestation) {
        return approver.post("restrictions/" + id + "/approve",
                attestation == null ? "{}" : "{\"attestation\":\"" + attestation + "\"}");
    }

    public static Reply decide(Api exchange, String accountId, String action) {
        return exchange.get("accounts/" + accountId + "/decision?action=" + action);
    }
}
