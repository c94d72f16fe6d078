package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.AccessTable;
import io.redress.it.support.Api;
import io.redress.it.support.ApiDocument;
import io.redress.it.support.ApiDocument.Answer;
import io.redress.it.support.ApiDocument.Operation;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import io.redress.shared.domain.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of {@code /openapi}, called as every role and anonymously, against {@link AccessTable}: anonymous
 * is 401, a role not allowed is 403 problem+json, an allowed role is neither. Every cell is checked and every
 * wrong one reported. A role not allowed is refused before the operation reads anything it was sent: a malformed
 * body, a bad query value or a bad path id is answered the same 403, audited once like any refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    /**
     * Cells known to be wrong, each fixed on another branch: remove an entry once its fix has landed. A known cell that
     * was right in a run is printed, so the list can only shrink.
     */
    private static final Map<String, String> KNOWN = Map.of();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @Test
    void everyOperationAsEveryRoleAndAnonymously() {
        ApiDocument document = ApiDocument.read();
        Map<Role, Credentials> people = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            people.put(role, Api.newStaff(role.name()));
        }
        String accountId = Restrictions.newAccount(Api.as(people.get(Role.INTEGRATION)), 0);
        String ticket = Api.as(people.get(Role.AGENT)).post("cases", """
                {"channel":"CHAT","accountId":"%s","subject":"matrix","description":"authorization matrix"}"""
                .formatted(accountId)).json().getString("ticket");
        Map<String, String> path = Map.of("accountId", accountId, "ticket", ticket, "id", "987654321",
                "code", "MATRIX_NO_SUCH_REASON");
        String marker = "matrix-" + UUID.randomUUID().toString().substring(0, 8);

        List<String> wrong = new ArrayList<>();
        List<String> stillKnown = new ArrayList<>();
        List<Operation> operations = document.operations();
        assertTrue(operations.size() > 40, "read the operations of /openapi: " + operations);
        for (Operation op : operations) {
            Set<Role> allowed = AccessTable.allowed(op.key());
            if (allowed == null) {
                wrong.add(op.key() + ": no row in AccessTable");
                continue;
            }
            String url = ApiDocument.fill(op.path(), path, "987654321");
            String body = op.bodySchema() == null ? null
                    : document.sample(op.bodySchema(), marker, Map.of("accountId", accountId)).toString();
            String query = op.key().endsWith("/decision") ? "action=LOGIN" : "";
            check(wrong, stillKnown, op, "anonymous", ApiDocument.call(op.method(), url, query, body, null), 401);
            for (Role role : Role.values()) {
                Answer answer = ApiDocument.call(op.method(), url, query, body, people.get(role));
                check(wrong, stillKnown, op, role.name(), answer, allowed.contains(role) ? 0 : 403);
            }
        }
        System.out.println("AuthorizationMatrixIT: known cells that were right in this run (remove them): " + stillKnown);
        assertEquals(List.of(), wrong, wrong.size() + " wrong cells");
    }

    /** A JSON body cut short: any operation that read it would answer 400. */
    private static final String MALFORMED_BODY = "{\"a\":";
    /** Wrong for every parameter that is read as a number, a flag, a time, an enum or a cursor. */
    private static final String BAD_VALUE = "abc";

    @Test
    void aForbiddenRoleIsRefusedBeforeItsInputIsRead() {
        ApiDocument document = ApiDocument.read();
        Map<Role, Credentials> people = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            people.put(role, Api.newStaff(role.name()));
        }
        String accountId = Restrictions.newAccount(Api.as(Api.newStaff(Role.INTEGRATION.name())), 0);
        Map<String, String> path = Map.of("accountId", accountId, "id", "987654321", "code", "MATRIX_NO_SUCH_REASON");
        Map<Role, Integer> refused = new EnumMap<>(Role.class);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Operation op : document.operations()) {
            Set<Role> allowed = AccessTable.allowed(op.key());
            if (allowed == null) {
                continue; // reported by everyOperationAsEveryRoleAndAnonymously
            }
            Map<String, String> inputs = new java.util.LinkedHashMap<>();
            String url = ApiDocument.fill(op.path(), path, "987654321");
            String goodQuery = op.key().endsWith("/decision") ? "action=LOGIN" : "";
            if (op.path().contains("{")) {
                inputs.put("path id " + BAD_VALUE, ApiDocument.fill(op.path(), Map.of(), BAD_VALUE) + "?" + goodQuery);
            }
            List<String> query = op.parameters("query").stream().map(p -> p.getString("name") + "=" + BAD_VALUE).toList();
            if (!query.isEmpty()) {
                inputs.put("query " + String.join("&", query), url + "?" + String.join("&", query));
            }
            boolean takesBody = op.bodySchema() != null || op.method().equals("POST") || op.method().equals("PUT");
            for (Role role : Role.values()) {
                if (allowed.contains(role)) {
                    continue;
                }
                List<String[]> sent = new ArrayList<>();
                inputs.forEach((input, target) -> sent.add(new String[] {input, target, null}));
                if (takesBody) {
                    sent.add(new String[] {"malformed body", url + "?" + goodQuery, MALFORMED_BODY});
                }
                for (String[] s : sent) {
                    String[] target = s[1].split("\\?", 2);
                    Answer answer = ApiDocument.call(op.method(), target[0], target.length > 1 ? target[1] : "", s[2],
                            people.get(role));
                    calls++;
                    if (answer.status() == 403 && answer.isProblem()
                            && answer.json().getString("type").equals("urn:redress:problem:access-denied")) {
                        refused.merge(role, 1, Integer::sum);
                    } else {
                        wrong.add(op.key() + " as " + role + " with " + s[0] + ": expected 403 access-denied, got "
                                + answer.status() + " " + answer.contentType() + " "
                                + answer.body().substring(0, Math.min(160, answer.body().length())));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + calls + " calls not refused first");
        Credentials auditor = Api.newStaff(Role.AUDITOR.name());
        for (Map.Entry<Role, Integer> r : refused.entrySet()) {
            String name = people.get(r.getKey()).username();
            assertEquals(r.getValue().intValue(), accessDenied(name, auditor, r.getValue()),
                    "each refusal of " + r.getKey() + " is in the audit trail once, as ACCESS_DENIED");
        }
        System.out.println("AuthorizationMatrixIT: " + calls + " hostile calls by roles not allowed, all 403: " + refused);
    }

    /** The ACCESS_DENIED entries of one caller; the trail is chained a few milliseconds after a refusal commits. */
    private static int accessDenied(String username, Credentials auditor, int expected) {
        int count = -1;
        for (int attempt = 0; attempt < 20; attempt++) {
            Answer export = ApiDocument.call("GET", "/api/v1/audit", "actor=" + ApiDocument.encode(username), null, auditor);
            assertEquals(200, export.status(), export.body());
            count = (int) export.body().lines().filter(l -> l.contains("\"action\":\"ACCESS_DENIED\"")).count();
            if (count >= expected) {
                return count;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return count;
    }

    /** expected 0: anything but 401, 403 and 5xx. */
    private static void check(List<String> wrong, List<String> stillKnown, Operation op, String who, Answer answer,
                              int expected) {
        String cell = op.key() + " as " + who;
        boolean right = expected == 0
                ? answer.status() != 401 && answer.status() != 403 && answer.status() < 500
                : answer.status() == expected && answer.isProblem();
        if (KNOWN.containsKey(cell)) {
            if (right) {
                stillKnown.add(cell);
            }
            return;
        }
        if (!right) {
            wrong.add(cell + ": expected " + (expected == 0 ? "neither 401 nor 403" : expected + " problem+json")
                    + ", got " + answer.status() + " " + answer.contentType() + " "
                    + answer.body().substring(0, Math.min(160, answer.body().length())));
        }
    }
}
