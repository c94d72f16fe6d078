package io.redress.staff.application;

import io.redress.shared.application.DatabaseGate;
import io.redress.staff.application.StaffAuthenticator.Channel;
import io.redress.staff.domain.AuthenticatedStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the HTTP Basic credentials an API call carries. Clients send them on every request, so a check that
 * succeeded within the last minute is answered from the {@link CredentialCache} right here, with no transaction
 * and no EJB call; anything else, including every failure, goes through {@link StaffAuthenticator}, which reads
 * the staff account, audits failures and refills the cache. While the database is known to be away, a check the
 * cache cannot answer is refused at once ({@link io.redress.shared.domain.Unavailable}), not tried.
 *
 * <p>When a remembered check lapses, every request of that client in flight misses the cache at once. Identical
 * attempts (same username, password and origin) that arrive while one of them is being checked wait for that check
 * and share its answer, instead of each deriving the password's hash: sixteen PBKDF2 derivations in a row held a
 * one-core server for a third of a second once a minute, the decision benchmark's 1 % tail. And so that no request
 * waits for that check at all while the client keeps calling, one request re-checks the credentials in the remembered
 * check's last seconds ({@link CredentialCache#claimRefresh}) while the others are answered from it: the one shared
 * check still stalled every request in flight once a minute (the soak drill at 524 decisions a second: 0.4 to 1 s at
 * the same second of each minute).
 */
@ApplicationScoped
public class ApiAuthentication {

    @Inject
    CredentialCache cache;
    @Inject
    StaffAuthenticator staff;
    @Inject
    Clock clock;
    @Inject
    DatabaseGate gate;

    private final Map<String, CompletableFuture<Optional<AuthenticatedStaff>>> checking = new ConcurrentHashMap<>();

    public Optional<AuthenticatedStaff> authenticate(String username, char[] password, String origin) {
        String name = StaffAuthenticator.canonical(username);
        Instant now = clock.instant();
        Optional<AuthenticatedStaff> recent = cache.lookup(name, password, now);
        if (recent.isPresent()) {
            return cache.claimRefresh(name, password, now) ? refreshed(name, username, password, origin, recent) : recent;
        }
        gate.requireOpen();
        String attempt = cache.attemptKey(name, password, origin);
        CompletableFuture<Optional<AuthenticatedStaff>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<AuthenticatedStaff>> running = checking.putIfAbsent(attempt, mine);
        if (running != null) {
            return answerOf(running);
        }
        try {
            Optional<AuthenticatedStaff> answer = staff.authenticate(username, password, origin, Channel.API);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(attempt, mine);
        }
    }

    /**
     * The remembered check done again by this request. A refusal ends the remembered answer at once; a check that
     * cannot be done (the database away) leaves it standing until it lapses, as if no refresh had been tried.
     */
    private Optional<AuthenticatedStaff> refreshed(String name, String username, char[] password, String origin,
            Optional<AuthenticatedStaff> recent) {
        Optional<AuthenticatedStaff> answer;
        try {
            gate.requireOpen();
            answer = staff.recheck(username, password, origin);
        } catch (RuntimeException e) {
            return recent;
        }
        if (answer.isEmpty()) {
            cache.evict(name);
        }
        return answer;
    }

    /** The answer of the identical check already running: its result, or the same exception it ended with. */
    private static Optional<AuthenticatedStaff> answerOf(CompletableFuture<Optional<AuthenticatedStaff>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Whether a failure of the check is the database being away (answered 503, not 500). */
    public boolean databaseAway(Throwable failure) {
        return gate.explains(failure);
    }
}
