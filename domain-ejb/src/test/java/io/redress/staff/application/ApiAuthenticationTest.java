package io.redress.staff.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.application.DatabaseGate;
import io.redress.shared.domain.Role;
import io.redress.staff.domain.AuthenticatedStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiAuthenticationTest {

    private static final AuthenticatedStaff EXCHANGE = new AuthenticatedStaff("exchange", "The exchange", Set.of(Role.INTEGRATION));

    /** Stands in for the database check: counts the derivations and holds each until released. */
    static class SlowCheck extends StaffAuthenticator {
        final CredentialCache remembered = new CredentialCache();
        final AtomicInteger derivations = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        Clock time = Clock.systemUTC();
        boolean disabled;

        @Override
        public Optional<AuthenticatedStaff> recheck(String username, char[] password, String origin) {
            return authenticate(username, password, origin, Channel.API);
        }

        @Override
        public Optional<AuthenticatedStaff> authenticate(String username, char[] password, String origin, Channel channel) {
            derivations.incrementAndGet();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (disabled || !"right".equals(new String(password))) {
                return Optional.empty();
            }
            remembered.remember(EXCHANGE, password, time.instant());
            return Optional.of(EXCHANGE);
        }
    }

    private final ExecutorService clients = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    private ApiAuthentication authentication(SlowCheck check) {
        ApiAuthentication auth = new ApiAuthentication();
        auth.cache = check.remembered;
        auth.staff = check;
        auth.clock = Clock.systemUTC();
        auth.gate = new DatabaseGate();
        return auth;
    }

    private List<Future<Optional<AuthenticatedStaff>>> sixteenAtOnce(ApiAuthentication auth, SlowCheck check,
            String password, String... origins) throws InterruptedException {
        List<Future<Optional<AuthenticatedStaff>>> answers = new ArrayList<>();
        answers.add(clients.submit(() -> auth.authenticate("exchange", password.toCharArray(), origins[0])));
        assertTrue(check.started.await(10, TimeUnit.SECONDS), "the first check started");
        for (int i = 1; i < 16; i++) {
            String origin = origins[i % origins.length];
            answers.add(clients.submit(() -> auth.authenticate("Exchange ", password.toCharArray(), origin)));
        }
        Thread.sleep(200); // the other fifteen arrive while the first is being checked
        check.release.countDown();
        return answers;
    }

    @Test
    void sixteenIdenticalRequestsMissingTheCacheAtOnceDeriveThePasswordOnceAndAllGetIn() throws Exception {
        SlowCheck check = new SlowCheck();
        ApiAuthentication auth = authentication(check);
        for (Future<Optional<AuthenticatedStaff>> answer : sixteenAtOnce(auth, check, "right", "10.0.0.1")) {
            assertEquals(Optional.of(EXCHANGE), answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, check.derivations.get());
    }

    @Test
    void identicalWrongPasswordsShareTheRefusal() throws Exception {
        SlowCheck check = new SlowCheck();
        ApiAuthentication auth = authentication(check);
        for (Future<Optional<AuthenticatedStaff>> answer : sixteenAtOnce(auth, check, "wrong", "10.0.0.1")) {
            assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, check.derivations.get());
    }

    @Test
    void attemptsFromAnotherAddressAreCheckedOnTheirOwn() throws Exception {
        SlowCheck check = new SlowCheck();
        ApiAuthentication auth = authentication(check);
        for (Future<Optional<AuthenticatedStaff>> answer : sixteenAtOnce(auth, check, "right", "10.0.0.1", "10.0.0.2")) {
            assertEquals(Optional.of(EXCHANGE), answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, check.derivations.get(), "one check per origin: a throttled address must not borrow another's answer");
    }

    /** A check remembered at T0, and the service asked at T0 + {@code seconds}. */
    private ApiAuthentication rememberedAt(SlowCheck check, long seconds) {
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        check.remembered.remember(EXCHANGE, "right".toCharArray(), t0);
        check.time = Clock.fixed(t0.plusSeconds(seconds), ZoneOffset.UTC);
        ApiAuthentication auth = authentication(check);
        auth.clock = check.time;
        return auth;
    }

    @Test
    void inItsLastSecondsARememberedCheckIsDoneAgainByOneRequestWhileTheOthersAreAnsweredWithoutWaiting() throws Exception {
        SlowCheck check = new SlowCheck();
        ApiAuthentication auth = rememberedAt(check, 50);
        Future<Optional<AuthenticatedStaff>> refreshing = clients.submit(() -> auth.authenticate("exchange", "right".toCharArray(), "10.0.0.1"));
        assertTrue(check.started.await(10, TimeUnit.SECONDS), "one request checks the credentials again");
        List<Future<Optional<AuthenticatedStaff>>> others = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            others.add(clients.submit(() -> auth.authenticate("exchange", "right".toCharArray(), "10.0.0.1")));
        }
        for (Future<Optional<AuthenticatedStaff>> answer : others) {
            // answered while the check is still held: none of them waits for it
            assertEquals(Optional.of(EXCHANGE), answer.get(10, TimeUnit.SECONDS));
        }
        assertFalse(refreshing.isDone());
        check.release.countDown();
        assertEquals(Optional.of(EXCHANGE), refreshing.get(10, TimeUnit.SECONDS));
        assertEquals(1, check.derivations.get());
        assertEquals(Optional.of(EXCHANGE), check.remembered.lookup("exchange", "right".toCharArray(), check.time.instant().plusSeconds(55)),
                "remembered anew from the check done again, past the first one's minute");
    }

    @Test
    void beforeItsLastSecondsARememberedCheckIsNotDoneAgain() {
        SlowCheck check = new SlowCheck();
        ApiAuthentication auth = rememberedAt(check, 30);
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.of(EXCHANGE), auth.authenticate("exchange", "right".toCharArray(), "10.0.0.1"));
        }
        assertEquals(0, check.derivations.get());
    }

    @Test
    void aCheckDoneAgainThatIsRefusedEndsTheRememberedAnswerAtOnce() {
        SlowCheck check = new SlowCheck();
        check.release.countDown();
        check.disabled = true;
        ApiAuthentication auth = rememberedAt(check, 50);
        assertEquals(Optional.empty(), auth.authenticate("exchange", "right".toCharArray(), "10.0.0.1"));
        assertEquals(Optional.empty(), check.remembered.lookup("exchange", "right".toCharArray(), check.time.instant()));
    }
}
