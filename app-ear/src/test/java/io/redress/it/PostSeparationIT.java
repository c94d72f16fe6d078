package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Screenings;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public-complaint classifier reads the account's screening exposure: a post by a customer whose deposit came
 * straight from a listed address is suggested "one degree of separation", one traced further back "two degrees", with
 * the evidence for compliance only; other staff see that a risk review is open; the integration login nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostSeparationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api compliance;
    private Api agent;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        agent = Api.as(Api.newStaff("AGENT"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String customerWithHandle(String handle) {
        String id = "PS-" + unique();
        Reply r = exchange.put("accounts/" + id, """
                {"handle":"c%s","kycLevel":"VERIFIED","jurisdiction":"DE","customerSince":"2021-03-03",
                 "openDerivativesPositions":0,"socialHandles":["@%s"]}""".formatted(unique(), handle));
        assertEquals(201, r.status(), r.body());
        return id;
    }

    private JsonObject post(String handle, String text) {
        Reply r = exchange.post("public-posts", """
                {"platform":"x","url":"https://x.com/%s/status/%s","authorHandle":"@%s","text":"%s","reach":5000,"postedAt":"%s"}"""
                .formatted(handle, unique(), handle, text, Instant.now().minus(3, ChronoUnit.MINUTES)));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonObject("post");
    }

    private static List<String> evidence(JsonObject post) {
        return post.getJsonArray("evidence").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String kind(JsonObject post) {
        return post.getString("suggestedKind", null);
    }

    private JsonObject read(Api who, long id) {
        Reply r = who.get("public-posts/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void indirectExposure_suggestsTwoDegrees_evidenceForComplianceOnly() {
        String handle = "held" + unique();
        String account = customerWithHandle(handle);
        Screenings.Held held = Screenings.heldDeposit(exchange, compliance, account);

        JsonObject answered = post(handle, "They are holding my deposit for no reason, this exchange is a scam");
        // the integration login is answered what the text alone suggests: nothing of screening
        assertFalse(answered.toString().contains(held.hacker()), answered.toString());
        assertFalse(answered.toString().contains("TWO_DEGREES"), answered.toString());
        assertFalse(answered.toString().contains("risk review"), answered.toString());
        assertTrue(!answered.containsKey("screeningId") || answered.isNull("screeningId"), answered.toString());
        long id = answered.getJsonNumber("id").longValue();

        JsonObject officer = read(compliance, id);
        assertEquals("TWO_DEGREES", kind(officer), officer.toString());
        assertEquals(held.screeningId(), officer.getJsonNumber("screeningId").longValue());
        List<String> why = evidence(officer);
        assertTrue(why.get(0).startsWith("deposit screening " + held.screeningId() + " of "), why.toString());
        assertTrue(why.get(0).contains("indirect exposure (two degrees of separation) to HACK, 2 hops back from the sender "
                + held.middle() + "; decision HOLD"), why.toString());
        assertTrue(why.get(1).startsWith("shortest path: " + held.hacker() + " (listed) -> " + held.middle() + " [tx 0x"), why.toString());
        assertTrue(why.contains("a risk review is open on the account"), why.toString());

        JsonObject seenByAgent = read(agent, id);
        assertEquals("TWO_DEGREES", kind(seenByAgent), seenByAgent.toString());
        assertEquals(List.of("a risk review is open on the account; the evidence is for compliance"), evidence(seenByAgent));
        assertFalse(seenByAgent.toString().contains(held.hacker()), seenByAgent.toString());
        assertFalse(seenByAgent.toString().contains(held.middle()), seenByAgent.toString());
        Reply inbox = agent.get("public-posts?size=200");
        assertEquals(200, inbox.status(), inbox.body());
        assertFalse(inbox.body().contains(held.hacker()), "the inbox shows no evidence path to an agent either");
    }

    @Test
    void directExposure_suggestsOneDegree() {
        String handle = "frozen" + unique();
        String account = customerWithHandle(handle);
        Screenings.Held frozen = Screenings.frozenDeposit(exchange, compliance, account);

        long id = post(handle, "Give me back my money").getJsonNumber("id").longValue();
        JsonObject officer = read(compliance, id);
        assertEquals("ONE_DEGREE", kind(officer), officer.toString());
        assertTrue(evidence(officer).get(0).contains("direct exposure (one degree of separation) to SANCTIONS: the sender "
                + frozen.hacker() + " is listed; decision FREEZE"), officer.toString());
        assertEquals("ONE_DEGREE", kind(read(agent, id)));
    }

    @Test
    void withoutExposure_theTextsSuggestionStays() {
        String handle = "plain" + unique();
        customerWithHandle(handle);
        JsonObject answered = post(handle, "I sent USDT on the wrong network, please help");
        assertEquals("USER_ERROR", kind(answered), answered.toString());
        JsonObject officer = read(compliance, answered.getJsonNumber("id").longValue());
        assertEquals("USER_ERROR", kind(officer), officer.toString());
        assertTrue(!officer.containsKey("screeningId") || officer.isNull("screeningId"), officer.toString());
    }
}
