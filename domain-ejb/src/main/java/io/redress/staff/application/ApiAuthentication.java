package io.redress.staff.application;

import io.redress.shared.application.DatabaseGate;
import io.redress.staff.application.StaffAuthenticator.Channel;
import io.redress.staff.domain.AuthenticatedStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
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
 * one-core server for a third of a second once a minute, the decision benchmark's 1 % tail.
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
        Optional<AuthenticatedStaff> recent = cache.lookup(name, password, clock.instant());
        if (recent.isPresent()) {
            return recent;
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
