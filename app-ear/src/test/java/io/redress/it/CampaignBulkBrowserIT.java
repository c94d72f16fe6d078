package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.CampaignPage;
import io.redress.it.support.CasePage;
import io.redress.it.support.Fixtures.Credentials;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A campaign's bulk actions as an agent uses them: "classify all" changes every post not yet so, leaves the one a
 * person classified otherwise and says why; "link all" puts every post on one case; the posts show it afterwards, the
 * case's timeline lists them, and the API reads the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignBulkBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    /**
     * Five handles posting one text within minutes: a campaign of five posts. Answers its id. The text carries random
     * words, so no other test's (or an earlier run's) posts are near-duplicates of it.
     */
    private static long campaign(Api exchange, String base) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            words.append(' ').append(UUID.randomUUID().toString(), 0, 5);
        }
        String text = base + words;
        long campaign = 0;
        for (int i = 0; i < 5; i++) {
            Reply r = exchange.post("public-posts", """
                    {"platform":"x","url":"https://x.com/bulk%s%d/status/1","authorHandle":"bulk%s%d",
                     "text":"%s","reach":50,"postedAt":"%s"}"""
                    .formatted(tag, i, tag, i, text, Instant.now().minus(20 - i, ChronoUnit.MINUTES)));
            assertEquals(201, r.status(), r.body());
            if (r.json().getJsonObject("post").containsKey("campaignId")) {
                campaign = r.json().getJsonObject("post").getJsonNumber("campaignId").longValue();
            }
        }
        assertTrue(campaign > 0, "five handles, one text: a campaign");
        return campaign;
    }

    private static List<JsonObject> posts(Api reader, long campaign) {
        return reader.get("campaigns/" + campaign).json().getJsonArray("posts").getValuesAs(JsonObject.class);
    }

    private static void classify(Api agent, JsonObject post, String kind) {
        Reply r = agent.post("public-posts/" + post.getJsonNumber("id").longValue() + "/classification",
                "{\"version\":%d,\"kind\":\"%s\",\"note\":\"Looked at this one post on its own\"}"
                        .formatted(post.getJsonNumber("version").longValue(), kind));
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void classifyAllChangesEveryPostNotYetSoAndSaysWhyOneWasRefused() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        long campaign = campaign(exchange, "This exchange is insolvent and freezing every withdrawal, get out now");
        Api colleague = Api.as(Api.newStaff("AGENT"));
        List<JsonObject> before = posts(colleague, campaign);
        assertEquals(5, before.size(), before.toString());
        classify(colleague, before.get(0), "FUD_CAMPAIGN"); // already so
        classify(colleague, before.get(1), "USER_ERROR"); // a person decided otherwise: left as it is
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("campaign-bulk-classify")) {
            CampaignPage page = CampaignPage.open(b, campaign, agent);
            assertEquals(3, Collections.frequency(page.kinds(), "Not classified"), page.kinds().toString());

            String summary = page.classifyAll("FUD_CAMPAIGN", "Coordinated copies of one text from new handles");
            assertEquals("3 classified, 1 already so, 1 refused", summary);
            assertEquals(1, page.reasons().size(), page.reasons().toString());
            assertTrue(page.reasons().get(0).contains("classified otherwise by a person"), page.reasons().toString());
            b.until(d -> Collections.frequency(page.kinds(), "FUD / smear campaign") == 4);
            assertEquals(List.of("FUD / smear campaign", "User error", "FUD / smear campaign", "FUD / smear campaign",
                    "FUD / smear campaign"), page.kinds());
            b.screenshot("campaign-bulk-classified");

            // again: nothing left to change
            assertEquals("0 classified, 4 already so, 1 refused",
                    page.classifyAll("FUD_CAMPAIGN", "Coordinated copies of one text from new handles"));
        }
        List<JsonObject> after = posts(colleague, campaign);
        assertEquals(List.of("FUD_CAMPAIGN", "USER_ERROR", "FUD_CAMPAIGN", "FUD_CAMPAIGN", "FUD_CAMPAIGN"),
                after.stream().map(p -> p.getString("confirmedKind")).toList(), "the posts were changed, not only the report");
        assertTrue(after.stream().skip(2).allMatch(p -> p.getString("confirmedBy").equals(agent.username())), after.toString());
        Reply trail = Api.as(Api.newStaff("AUDITOR")).get("audit?entity=PublicPost:" + after.get(2).getJsonNumber("id").longValue());
        assertTrue(trail.body().contains("classify all of campaign " + campaign), "each post's change audited: " + trail.body());
    }

    @Test
    void linkAllPutsEveryPostOnOneOpenCase() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        long campaign = campaign(exchange, "Staff ran off with the deposits, the hot wallet is empty and support says nothing");
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","customerName":"Press office","customerContact":"press@example.org","language":"en",
                 "subject":"Smear campaign %s","description":"Coordinated posts claiming insolvency."}""".formatted(tag));
        assertEquals(201, opened.status(), opened.body());
        String ticket = opened.json().getString("ticket");
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("campaign-bulk-link")) {
            CampaignPage page = CampaignPage.open(b, campaign, agent);
            assertTrue(page.linkAllRefused("RD-NOPE").contains("ticket number"), "a bad ticket is refused next to the field");

            assertEquals("5 linked, 0 already so, 0 refused", page.linkAll(ticket));
            b.until(d -> page.tickets().size() == 5);
            assertEquals(Collections.nCopies(5, ticket), page.tickets());
            assertEquals("0 linked, 5 already so, 0 refused", page.linkAll(ticket));
            b.screenshot("campaign-bulk-linked");

            // the case's timeline shows each linked post: platform, author, a link to it, oldest post first
            CasePage onCase = CasePage.open(b, ticket, null);
            List<String> expected = new ArrayList<>();
            List<String> addresses = new ArrayList<>();
            for (JsonObject p : posts(Api.as(Api.newStaff("AGENT")), campaign)) {
                expected.add("Public post Posted on x by @" + p.getString("authorHandle") + " Open the post");
                addresses.add(p.getString("url"));
            }
            assertEquals(expected, onCase.linkedPosts());
            assertEquals(addresses, onCase.linkedPostAddresses());
            b.screenshot("case-timeline-linked-posts");
        }
        List<JsonObject> after = posts(Api.as(Api.newStaff("SUPERVISOR")), campaign);
        assertEquals(5, after.size());
        assertTrue(after.stream().allMatch(p -> p.containsKey("caseId") && !p.isNull("caseId")), after.toString());
        assertEquals(1, after.stream().map(p -> p.getJsonNumber("caseId").longValue()).distinct().count(),
                "every post on the one case: " + after);
    }
}
