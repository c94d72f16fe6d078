package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rows the migrations seed must not be handed out again by the id sequences: on the fresh database of the test
 * run, one new row of each kind that has seeded rows is created (today: forbidden terms, seeded as ids 1-8).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeededRowsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @Test
    void aNewForbiddenTermGetsAnIdPastTheSeededTerms() {
        Api compliance = Api.as(Api.newStaff("COMPLIANCE"));
        String term = "seed-" + UUID.randomUUID().toString().substring(0, 8);
        Reply added = compliance.post("policy/forbidden-terms",
                "{\"term\":\"" + term + "\",\"why\":\"A term added right after the seeded ones\"}");
        assertEquals(201, added.status(), added.body());
        assertTrue(added.json().getJsonNumber("id").longValue() > 8, added.body());

        long seeded = compliance.get("policy/forbidden-terms").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() <= 8).count();
        assertEquals(8, seeded, "the seeded terms are all still there");
    }
}
