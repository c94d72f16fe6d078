package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Screenings;
import io.redress.it.support.Time;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report deadlines per jurisdiction: a US account's investigation is due 30 days after detection (a money services
 * business's SAR), an EU member state's after the EU internal target (7 days by default: "promptly"), any other
 * country's after the default; the investigation says which jurisdiction and rule set its deadline, and the alerts come
 * as it nears (half-way through a 7-day target) and passes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvestigationDeadlineIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api compliance;

    @BeforeEach
    void staff() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
    }

    private JsonObject investigation(long id) {
        Reply r = compliance.get("investigations/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("investigation");
    }

    private static Duration dueAfter(JsonObject i) {
        return Duration.between(Instant.parse(i.getString("openedAt")), Instant.parse(i.getString("dueAt")));
    }

    @Test
    void theDeadlineFollowsTheJurisdictionTheAccountIsOperatedUnder() {
        JsonObject us = investigation(Screenings.heldDepositIn(exchange, compliance, "US").investigationId());
        assertEquals("US", us.getString("jurisdiction"));
        assertEquals("US", us.getString("deadlineRule"));
        assertEquals(30, us.getInt("deadlineDays"));
        assertEquals(Duration.ofDays(30), dueAfter(us));
        assertTrue(us.getString("deadlineBasis").contains("31 CFR 1022.320"), us.toString());

        JsonObject fr = investigation(Screenings.heldDepositIn(exchange, compliance, "FR").investigationId());
        assertEquals("FR", fr.getString("jurisdiction"));
        assertEquals("EU", fr.getString("deadlineRule"));
        assertEquals(Duration.ofDays(7), dueAfter(fr));
        assertTrue(fr.getString("deadlineBasis").contains("promptly"), fr.toString());

        JsonObject jp = investigation(Screenings.heldDepositIn(exchange, compliance, "JP").investigationId());
        assertEquals("JP", jp.getString("jurisdiction"));
        assertEquals("*", jp.getString("deadlineRule"));
        assertEquals(Duration.ofDays(30), dueAfter(jp));
    }

    @Test
    void anEuInvestigationIsAlertedHalfWayThroughItsSevenDaysAndOnceOverdue() {
        long id = Screenings.heldDepositIn(exchange, compliance, "IT").investigationId();
        JsonObject i = investigation(id);
        Instant due = Instant.parse(i.getString("dueAt"));
        Instant near = Instant.parse(i.getString("nearAt"));
        assertEquals(Duration.ofHours(84), Duration.between(near, due), "3.5 days before a 7-day deadline");

        Time.runInvestigationDeadlinesAt(near.minusSeconds(60));
        assertEquals(List.of(), alerts(id));
        Time.runInvestigationDeadlinesAt(near.plusSeconds(1));
        assertEquals(List.of("INVESTIGATION_DEADLINE_NEAR"), alerts(id));
        Time.runInvestigationDeadlinesAt(near.plusSeconds(120));
        assertEquals(List.of("INVESTIGATION_DEADLINE_NEAR"), alerts(id), "once");
        Reply detail = compliance.get("investigations/" + id);
        assertEquals("ON_TIME", detail.json().getString("deadline"), "now is well before the near point");
        Time.runInvestigationDeadlinesAt(due.plusSeconds(1));
        assertEquals(List.of("INVESTIGATION_DEADLINE_NEAR", "INVESTIGATION_OVERDUE"), alerts(id).stream().sorted().toList());
        assertEquals(List.of("OPEN", "OPEN"), states(id));

        Reply proposed = compliance.post("investigations/" + id + "/proposal", "{\"outcome\":\"RELEASE\",\"reason\":"
                + "\"A quarter of a busy address's funds: no link to the customer\",\"version\":" + investigation(id).getInt("version") + "}");
        assertEquals(200, proposed.status(), proposed.body());
        Reply released = Api.as(Api.newStaff("COMPLIANCE")).post("investigations/" + id + "/approval",
                "{\"version\":" + proposed.json().getInt("version") + "}");
        assertEquals(200, released.status(), released.body());
        assertEquals(List.of("RESOLVED", "RESOLVED"), states(id), "a decided investigation has no deadline left to alert");
    }

    /** The states of the investigation's deadline alerts, near first. */
    private List<String> states(long investigationId) {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("INVESTIGATION_DEADLINE_NEAR", "INVESTIGATION_OVERDUE")) {
            Reply r = compliance.get("alerts?kind=" + kind + "&size=200");
            r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("subject").equals("investigation:" + investigationId))
                    .forEach(a -> out.add(a.getString("state")));
        }
        return out;
    }

    private List<String> alerts(long investigationId) {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("INVESTIGATION_DEADLINE_NEAR", "INVESTIGATION_OVERDUE")) {
            String cursor = null;
            do {
                Reply r = compliance.get("alerts?kind=" + kind + "&size=200" + (cursor == null ? "" : "&after=" + cursor));
                assertEquals(200, r.status(), r.body());
                r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(a -> a.getString("subject").equals("investigation:" + investigationId))
                        .forEach(a -> out.add(a.getString("kind")));
                cursor = !r.json().containsKey("next") || r.json().isNull("next") ? null : r.json().getJsonNumber("next").toString();
            } while (cursor != null);
        }
        return out;
    }
}
