package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Public complaints over REST: idempotent intake, matching, campaigns, classification, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPostApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply post(String handle, String text, String url) {
        return exchange.post("public-posts", """
                {"platform":"x","url":"%s","authorHandle":"%s","text":"%s","reach":1200,"postedAt":"%s"}"""
                .formatted(url, handle, text, Instant.now().minus(5, ChronoUnit.MINUTES)));
    }

    private String customerWithHandle(String handle) {
        String id = "PP-" + unique();
        Reply r = exchange.put("accounts/" + id, """
                {"handle":"c%s","kycLevel":"VERIFIED","jurisdiction":"JP","customerSince":"2021-03-03",
                 "openDerivativesPositions":0,"socialHandles":["@%s"]}""".formatted(unique(), handle));
        assertEquals(201, r.status(), r.body());
        return id;
    }

    @Test
    void theSameUrlTwiceIsOnePost() {
        String url = "https://x.com/someone/status/" + unique();
        Reply first = post("someone" + unique(), "This exchange froze my funds for no reason", url);
        assertEquals(201, first.status(), first.body());
        Reply again = post("someone" + unique(), "different text, same post", url + "/?utm_source=feed");
        assertEquals(200, again.status(), again.body());
        assertEquals(first.json().getJsonObject("post").getJsonNumber("id").longValue(),
                again.json().getJsonObject("post").getJsonNumber("id").longValue());
        assertFalse(again.json().getBoolean("created"));
    }

    @Test
    void aMatchedCustomerWithoutAnOpenCaseGetsOneAcknowledgedPrivately() {
        String handle = "trader" + unique();
        String account = customerWithHandle(handle);
        Reply r = post("@" + handle.toUpperCase(), "Withdrawal pending 5 days, support ignores me", "https://x.com/" + handle + "/status/1");
        assertEquals(201, r.status(), r.body());
        JsonObject post = r.json().getJsonObject("post");
        assertEquals(account, post.getString("accountId"));
        assertTrue(post.getBoolean("caseOpened"));
        String ticket = r.json().getString("ticket");

        JsonObject c = agent.get("cases/" + ticket).json().getJsonObject("c");
        assertEquals("SOCIAL_MEDIA", c.getString("channel"));
        assertEquals("social", c.getString("queue"));
        JsonObject ack = exchange.get("outbox?after=0&limit=500").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("ticket").equals(ticket)).findFirst().orElseThrow();
        assertEquals("ACCOUNT_INBOX", ack.getString("channel"), "never a public reply");
        assertTrue(absent(ack, "contact"));

        // a second post by the same customer joins the open case instead of opening another
        Reply second = post(handle, "Still waiting!", "https://x.com/" + handle + "/status/2");
        assertEquals(ticket, second.json().getString("ticket"));
        assertFalse(second.json().getJsonObject("post").getBoolean("caseOpened"));
    }

    @Test
    void aQuotedTicketLinksThePostToItsCase() {
        String account = customerWithHandle("h" + unique());
        Reply opened = exchange.post("cases", """
                {"channel":"CHAT","accountId":"%s","subject":"Locked out","description":"2FA lost"}""".formatted(account));
        String ticket = opened.json().getString("ticket");
        Reply r = post("anon" + unique(), "Ticket " + ticket + " open for ages, nobody answers", "https://x.com/a/status/" + unique());
        assertEquals(201, r.status(), r.body());
        assertEquals(ticket, r.json().getString("ticket"));
        assertEquals(ticket, r.json().getJsonObject("post").getString("quotedTicket"));
        assertEquals(account, r.json().getJsonObject("post").getString("accountId"), "matched through the case");
    }

    @Test
    void nearDuplicatesFromThreeHandlesWithinADayAreOneCampaignSuggestedAsFud() {
        String tag = unique();
        String text = "WARNING everyone: this exchange is insolvent and will steal your coins, withdraw now before it is too late " + tag;
        Set<Long> campaigns = new HashSet<>();
        JsonObject last = null;
        long firstId = 0;
        for (int i = 0; i < 3; i++) {
            Reply r = post("bot" + tag + i, (i == 1 ? "!!! " : "") + text + (i == 2 ? " please share" : ""),
                    "https://x.com/bot" + tag + i + "/status/" + i);
            assertEquals(201, r.status(), r.body());
            last = r.json().getJsonObject("post");
            firstId = i == 0 ? last.getJsonNumber("id").longValue() : firstId;
        }
        assertFalse(absent(last, "campaignId"), last.toString());
        long campaignId = last.getJsonNumber("campaignId").longValue();
        campaigns.add(campaignId);
        assertEquals("FUD_CAMPAIGN", last.getString("suggestedKind"));
        assertTrue(last.getJsonArray("evidence").toString().contains("handles within 24 hours"), last.toString());

        JsonObject first = agent.get("public-posts/" + firstId).json();
        assertEquals(campaignId, first.getJsonNumber("campaignId").longValue(), "the first post joins the campaign afterwards");
        assertTrue(first.getJsonArray("evidence").toString().contains("handles within 24 hours"), "and its suggestion says so");

        JsonObject campaign = agent.get("campaigns/" + campaignId).json();
        assertEquals(3, campaign.getJsonArray("handles").size(), campaign.toString());
        assertEquals(3, campaign.getJsonArray("posts").size());

        // an unrelated text from a fourth handle is not part of it
        Reply other = post("calm" + tag, "I love the new staking feature, great job team " + tag, "https://x.com/calm/status/" + tag);
        assertTrue(absent(other.json().getJsonObject("post"), "campaignId"));
        assertEquals(1, campaigns.size());
    }

    @Test
    void aPostWithNoEvidenceForAnyKindHasNoSuggestionAndAwaitsTriage() {
        // an unknown author, no ticket, no campaign: the 2022 replay got FUD_CAMPAIGN here, praise included
        String tag = unique();
        Reply praise = post("fan" + tag, "Withdrawals arrive in minutes, best exchange I have used " + tag,
                "https://x.com/fan" + tag + "/status/1");
        assertEquals(201, praise.status(), praise.body());
        JsonObject p = praise.json().getJsonObject("post");
        assertTrue(absent(p, "suggestedKind"), p.toString());
        assertTrue(p.getBoolean("needsTriage"), p.toString());
        long id = p.getJsonNumber("id").longValue();

        JsonObject inInbox = agent.get("public-posts?unreviewed=true&size=200").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(x -> x.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertTrue(inInbox.getBoolean("needsTriage"), "the inbox shows it needs a person");

        Reply classified = agent.post("public-posts/" + id + "/classification",
                "{\"version\":%d,\"kind\":\"USER_ERROR\",\"note\":\"A happy customer, nothing to resolve\"}"
                        .formatted(p.getJsonNumber("version").longValue()));
        assertEquals(200, classified.status(), classified.body());
        assertFalse(classified.json().getBoolean("needsTriage"), "triaged once a person classified it");

        // a post in a campaign is still suggested as FUD, with the campaign as evidence
        JsonObject campaigned = null;
        for (int i = 0; i < 3; i++) {
            campaigned = post("wave" + tag + i, "Exchange insolvent, pull everything out now " + tag,
                    "https://x.com/wave" + tag + i + "/status/" + i).json().getJsonObject("post");
        }
        assertEquals("FUD_CAMPAIGN", campaigned.getString("suggestedKind"));
        assertFalse(campaigned.getBoolean("needsTriage"));
    }

    @Test
    void aCampaignArrivingAllAtOnceIsStoredWholeAndTheSameUrlOnce() throws Exception {
        String tag = unique();
        String text = "Everyone get out now, this exchange has stopped all withdrawals and the owners have fled " + tag;
        int handles = 8;
        ExecutorService pool = Executors.newFixedThreadPool(handles + 2);
        try {
            List<Callable<Reply>> calls = new ArrayList<>();
            for (int i = 0; i < handles; i++) {
                int n = i;
                calls.add(() -> post("wave" + tag + n, text + (n % 2 == 0 ? "" : " RT"), "https://x.com/wave" + tag + n + "/status/" + n));
            }
            String shared = "https://x.com/wave" + tag + "0/status/0";
            calls.add(() -> post("wave" + tag + "0", text, shared + "?utm_source=feed"));
            calls.add(() -> post("wave" + tag + "0", text, shared + "/"));
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : pool.invokeAll(calls)) {
                replies.add(f.get());
            }
            Set<Long> ids = new HashSet<>();
            for (Reply r : replies) {
                assertTrue(r.status() == 201 || r.status() == 200, "every report is answered, none refused: " + r.status() + " " + r.body());
                ids.add(r.json().getJsonObject("post").getJsonNumber("id").longValue());
            }
            assertEquals(handles, ids.size(), "one post per URL, the repeated URL stored once");
            assertEquals(handles, replies.stream().filter(r -> r.status() == 201).count(), "exactly one 201 per URL");
            Set<Long> campaigns = new HashSet<>();
            for (long id : ids) {
                JsonObject p = agent.get("public-posts/" + id).json();
                assertFalse(absent(p, "campaignId"), "each of eight handles posting one text at once is in the campaign: post " + id);
                campaigns.add(p.getJsonNumber("campaignId").longValue());
            }
            assertEquals(1, campaigns.size(), "one campaign, not one per group of intakes that happened to see each other");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPersonConfirmsOrOverridesTheSuggestionAndBothAreKept() {
        Reply r = post("newbie" + unique(), "I sent my USDT on the wrong network, BEP20 instead of ERC20, help",
                "https://x.com/newbie/status/" + unique());
        JsonObject p = r.json().getJsonObject("post");
        assertEquals("USER_ERROR", p.getString("suggestedKind"));
        long id = p.getJsonNumber("id").longValue();
        long version = p.getJsonNumber("version").longValue();

        Reply noReason = agent.post("public-posts/" + id + "/classification", "{\"version\":%d,\"kind\":\"LONG_TAIL\"}".formatted(version));
        assertEquals(400, noReason.status(), "an override needs a reason");
        Reply overridden = agent.post("public-posts/" + id + "/classification",
                "{\"version\":%d,\"kind\":\"LONG_TAIL\",\"note\":\"A customer since 2019; the deposit is ours to find\"}".formatted(version));
        assertEquals(200, overridden.status(), overridden.body());
        assertEquals("USER_ERROR", overridden.json().getString("suggestedKind"), "the suggestion is kept");
        assertEquals("LONG_TAIL", overridden.json().getString("confirmedKind"));
        assertEquals(409, agent.post("public-posts/" + id + "/classification",
                "{\"version\":%d,\"kind\":\"USER_ERROR\"}".formatted(version)).status(), "stale version");
    }

    @Test
    void badPostsAreProblemsNamingTheFields() {
        Reply r = exchange.post("public-posts", """
                {"platform":"","url":"ftp://nope","authorHandle":"has space","text":"","reach":-1,"postedAt":"yesterday"}""");
        assertEquals(400, r.status(), r.body());
        Set<String> fields = new HashSet<>();
        r.json().getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        assertEquals(Set.of("platform", "url", "authorHandle", "text", "reach", "postedAt"), fields);
        Reply future = post("h" + unique(), "text", "https://x.com/f/" + unique()).status() == 201
                ? exchange.post("public-posts", """
                {"platform":"x","url":"https://x.com/f/%s","authorHandle":"h","text":"t","postedAt":"%s"}"""
                .formatted(unique(), Instant.now().plus(2, ChronoUnit.HOURS))) : null;
        assertEquals(400, future.status());
        assertEquals(403, agent.get("outbox").status());
        assertEquals(404, agent.get("public-posts/999999999").status());
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }
}
