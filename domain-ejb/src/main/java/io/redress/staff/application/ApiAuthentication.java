package io.redress.staff.application;

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
 * the staff account, audits failures and refills the cache.
 */
@ApplicationScoped
public class ApiAuthentication {

    @Inject
    CredentialCache cache;
    @Inject
    StaffAuthenticator staff;
    @Inject
    Clock clock;

    public Optional<AuthenticatedStaff> authenticate(String username, char[] password, String origin) {
        Optional<AuthenticatedStaff> recent = cache.lookup(StaffAuthenticator.canonical(username), password, clock.instant());
        return recent.isPresent() ? recent : staff.authenticate(username, password, origin, Channel.API);
    }
}
