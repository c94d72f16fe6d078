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
 * wrong one reported.
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
