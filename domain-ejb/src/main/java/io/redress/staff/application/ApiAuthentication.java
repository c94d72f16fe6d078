package io.redress.staff.application;

import io.redress.shared.application.DatabaseGate;
import io.redress.staff.application.StaffAuthenticator.Channel;
import io.redress.staff.domain.AuthenticatedStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks the HTTP Basic credentials an API call carries. Clients send them on every request, so a check that
 * succeeded within the last minute is answered from the {@link CredentialCache} right here, with no transaction
 * and no EJB call; anything else, including every failure, goes through {@link StaffAuthenticator}, which reads
 * the staff account, audits failures and refills the cache. While the database is known to be away, a check the
 * cache cannot answer is refused at once ({@link io.redress.shared.domain.Unavailable}), not tried.
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

    public Optional<AuthenticatedStaff> authenticate(String username, char[] password, String origin) {
        Optional<AuthenticatedStaff> recent = cache.lookup(StaffAuthenticator.canonical(username), password, clock.instant());
        if (recent.isPresent()) {
            return recent;
        }
        gate.requireOpen();
        return staff.authenticate(username, password, origin, Channel.API);
    }

    /** Whether a failure of the check is the database being away (answered 503, not 500). */
    public boolean databaseAway(Throwable failure) {
        return gate.explains(failure);
    }
}
