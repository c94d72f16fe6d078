package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RawHttp;
import io.redress.it.support.RawHttp.Answer;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed API sign-ins are throttled per user name and per source address: free tries, then a growing delay, then a
 * lock (the IT domain locks a name after 5 failures for 2 minutes: REDRESS_LOGIN_THROTTLE_USER in config/redress
 * it-start). Each test sends from a loopback address of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private static final String PING = "api/v1/ping";

    private static void assertThrottled(Answer a) {
        assertEquals(429, a.status(), a.body());
        assertTrue(a.header("content-type").startsWith("application/problem+json"), a.header("content-type"));
        JsonObject problem = Api.json(a.body());
        assertEquals("urn:redress:problem:too-many-attempts", problem.getString("type"));
        assertEquals(429, problem.getInt("status"));
        assertNotNull(a.header("retry-after"), "Retry-After says how long to wait");
        assertTrue(Long.parseLong(a.header("retry-after")) >= 1, a.header("retry-after"));
    }

    private static void sleepSeconds(String retryAfter) throws InterruptedException {
        Thread.sleep(Long.parseLong(retryAfter) * 1000 + 200);
    }

    /** The statuses a client sees for: 3 failures, an immediate 4th, the 4th after the wait, the 5th after the wait. */
    private static List<Integer> failFiveTimes(RawHttp client, String username) throws Exception {
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seen.add(client.get(PING, username, "wrong-" + i).status());
        }
        Answer early = client.get(PING, username, "wrong-3");
        assertThrottled(early);
        seen.add(early.status());
        sleepSeconds(early.header("retry-after"));
        seen.add(client.get(PING, username, "wrong-4").status());
        Answer second = client.get(PING, username, "wrong-5");
        assertThrottled(second);
        sleepSeconds(second.header("retry-after"));
        seen.add(client.get(PING, username, "wrong-6").status());
        return seen;
    }

    @Test
    void aUserNameIsSlowedDownThenLockedAndEvenTheRightPasswordWaits() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        RawHttp client = RawHttp.fromFreshAddress();

        assertEquals(List.of(401, 401, 401, 429, 401, 401), failFiveTimes(client, agent.username()));

        Answer locked = client.get(PING, agent.username(), agent.password());
        assertThrottled(locked);
        assertTrue(Long.parseLong(locked.header("retry-after")) > 60, "locked for minutes: " + locked.header("retry-after"));
        assertEquals(429, RawHttp.fromFreshAddress().get(PING, agent.username(), agent.password()).status(),
                "the lock is on the name, whatever the address");
    }

    /**
     * The exchange's integration client is counted per address: a stranger who knows its user name and fails locks only
     * their own address out, even with the right password, and the exchange's systems signing in for the first time
     * from theirs (no remembered check to answer them) still get in.
     */
    @Test
    void aStrangerFailingOnTheExchangesNameDoesNotLockTheExchangeOut() throws Exception {
        Credentials exchange = Api.newStaff("INTEGRATION");
        RawHttp stranger = RawHttp.fromFreshAddress();

        assertEquals(List.of(401, 401, 401, 429, 401, 401), failFiveTimes(stranger, exchange.username()));
        assertThrottled(stranger.get(PING, exchange.username(), exchange.password()));

        assertEquals(200, RawHttp.fromFreshAddress().get(PING, exchange.username(), exchange.password()).status(),
                "the exchange's own address is not the stranger's");
    }

    @Test
    void anUnknownUserNameIsAnsweredExactlyLikeAKnownOne() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        List<Integer> known = failFiveTimes(RawHttp.fromFreshAddress(), agent.username());
        List<Integer> unknown = failFiveTimes(RawHttp.fromFreshAddress(), "nobody-" + UUID.randomUUID().toString().substring(0, 8));
        assertEquals(known, unknown);
    }

    @Test
    void aWaitThatRanOutLetsTheRightPasswordInAndResetsTheCount() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        RawHttp client = RawHttp.fromFreshAddress();
        for (int i = 0; i < 3; i++) {
            assertEquals(401, client.get(PING, agent.username(), "wrong").status());
        }
        Answer early = client.get(PING, agent.username(), agent.password());
        assertThrottled(early);
        sleepSeconds(early.header("retry-after"));
        assertEquals(200, client.get(PING, agent.username(), agent.password()).status());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, client.get(PING, agent.username(), "wrong").status(), "three free tries again after a success");
        }
    }

    @Test
    void oneAddressTryingManyUserNamesIsSlowedDown() throws IOException {
        RawHttp client = RawHttp.fromFreshAddress();
        for (int i = 0; i < 30; i++) {
            assertEquals(401, client.get(PING, "spray-" + UUID.randomUUID().toString().substring(0, 8), "Winter2026!").status());
        }
        assertThrottled(client.get(PING, "spray-" + UUID.randomUUID().toString().substring(0, 8), "Winter2026!"));

        Credentials agent = Api.newStaff("AGENT");
        assertEquals(200, RawHttp.fromFreshAddress().get(PING, agent.username(), agent.password()).status(),
                "other addresses are not affected");
    }

    @Test
    void aUserNameLongerThanAnyColumnIsRefusedLikeAnyUnknownName() throws IOException {
        // any text fits a header: the failed sign-in is still audited and counted (it answered 500 with an empty body
        // when the audit's entity id did not take 3,000 characters)
        RawHttp client = RawHttp.fromFreshAddress();
        for (String name : List.of("u".repeat(3000), "\uD83D\uDE00".repeat(40), "a".repeat(63) + "\uD83D\uDE00")) {
            Answer a = client.get(PING, name, "wrong");
            assertEquals(401, a.status(), a.body());
            assertTrue(a.header("content-type").startsWith("application/problem+json"), a.header("content-type"));
        }
        for (int i = 0; i < 5; i++) {
            int status = client.get(PING, "v".repeat(3000), "wrong").status();
            assertTrue(status == 401 || status == 429, "refused, then slowed down: " + status);
        }
    }

    @Test
    void aNameWithAControlCharacterDoesNotSignInAsTheNameWithoutIt() throws IOException {
        Credentials agent = Api.newStaff("AGENT");
        RawHttp client = RawHttp.fromFreshAddress();
        assertEquals(200, client.get(PING, " " + agent.username().toUpperCase() + " ", agent.password()).status(),
                "a name typed in capitals between spaces is still the person's name");
        for (String sent : List.of(agent.username() + "\u0001", "\u000b" + agent.username())) {
            Answer a = client.get(PING, sent, agent.password());
            assertEquals(401, a.status(), "the right password with " + sent.chars().boxed().toList() + ": " + a.body());
        }
    }
}
