package io.redress.staff.application;

import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.staff.domain.LoginFailures;
import io.redress.staff.domain.LoginThrottled;
import io.redress.staff.domain.SourceNetwork;
import io.redress.staff.domain.ThrottlePolicy;
import io.redress.staff.domain.ThrottlePolicy.Failures;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles failed sign-ins per user name and per source network ({@link ThrottlePolicy}, configured by
 * {@code redress.login.throttle.user} and {@code redress.login.throttle.address}). The counters are rows in the
 * database, so every instance behind the balancer and every restart sees the same ones. It is asked only before a
 * password hash would be computed: a refused attempt costs one indexed read instead of the hash.
 *
 * <p>A source network is an IPv4 address, or an IPv6 address's /64 ({@link SourceNetwork}): the addresses of one /64
 * count together, or an attacker could rotate through them.
 *
 * <p>An integration client's user name (the exchange's systems: {@link #machineClient}) is counted per source network:
 * a lock on the name alone would let anyone who knows it and fails ten times lock the exchange's every decision out for
 * the lock's length. From the guessing network it waits and locks as any name does; the network's own throttle still
 * holds; and the name from every network together has a far higher limit of its own
 * ({@code redress.login.throttle.client}), for guessing spread over many. Someone failing from two networks can tell
 * such a name from a person's.
 */
@Stateless
public class LoginThrottle {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    @ConfigProperty(name = Setting.LOGIN_THROTTLE_USER, defaultValue = ThrottlePolicy.USER_DEFAULT)
    String userSpec;
    @Inject
    @ConfigProperty(name = Setting.LOGIN_THROTTLE_ADDRESS, defaultValue = ThrottlePolicy.ADDRESS_DEFAULT)
    String addressSpec;
    @Inject
    @ConfigProperty(name = Setting.LOGIN_THROTTLE_CLIENT, defaultValue = ThrottlePolicy.CLIENT_DEFAULT)
    String clientSpec;

    private ThrottlePolicy perUser;
    private ThrottlePolicy perAddress;
    private ThrottlePolicy perClient;

    @PostConstruct
    void readPolicies() {
        perUser = ThrottlePolicy.parse(userSpec, ThrottlePolicy.USER_DEFAULT);
        perAddress = ThrottlePolicy.parse(addressSpec, ThrottlePolicy.ADDRESS_DEFAULT);
        perClient = ThrottlePolicy.parse(clientSpec, ThrottlePolicy.CLIENT_DEFAULT);
    }

    /**
     * Throws {@link LoginThrottled} when this user name (from this source network, for an integration client) or this
     * source network must wait; unknown names are no different from staff members'.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check(String username, String address, boolean machine, Instant now) {
        Optional<Duration> longest = longest(perUser.wait(failures(userKey(username, address, machine)), now),
                perAddress.wait(failures(addressKey(address)), now));
        if (machine) {
            longest = longest(longest, perClient.wait(failures(userKey(username, address, false)), now));
        }
        if (longest.isPresent()) {
            throw new LoginThrottled(longest.get());
        }
    }

    /** Counts a failed attempt against the user name and the address, in its own transaction; audits a new lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String username, String address, boolean machine, Instant now) {
        count(userKey(username, address, machine), perUser, username, address, now);
        count(addressKey(address), perAddress, username, address, now);
        if (machine) {
            // never cleared by the client's own success: it signs in every minute, which would reset the count for guessers
            count(userKey(username, address, false), perClient, username, address, now);
        }
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    /** A successful sign-in clears the user name's failures (not the address's: one good account must not reset it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String username, String address, boolean machine) {
        LoginFailures row = em.find(LoginFailures.class, userKey(username, address, machine));
        if (row != null) {
            em.remove(row);
        }
    }

    private void count(String key, ThrottlePolicy policy, String username, String address, Instant now) {
        LoginFailures row = em.find(LoginFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
        Failures before = row == null ? Failures.NONE : row.failures();
        Failures after = policy.afterFailure(before, now);
        if (row == null) {
            em.persist(new LoginFailures(key, after));
        } else {
            row.record(after);
        }
        em.flush();
        if (policy.locks(before, after, now)) {
            audit.record(Actor.anonymous(username, address), "NONE", "LOGIN_LOCKED", "LoginThrottle", key, null,
                    "{\"failures\":" + after.count() + ",\"lockedUntil\":\"" + after.lockedUntil() + "\"}",
                    after.count() + " failed sign-ins; locked for " + policy.lockFor().toMinutes() + " min");
        }
    }

    private Failures failures(String key) {
        LoginFailures row = em.find(LoginFailures.class, key);
        return row == null ? Failures.NONE : row.failures();
    }

    /** An integration client: a staff account whose only role is {@link Role#INTEGRATION}, the exchange's systems. */
    public static boolean machineClient(Set<Role> roles) {
        return roles.size() == 1 && roles.contains(Role.INTEGRATION);
    }

    // keys fit the column whatever a client sends as its user name; an IPv6 address counts as its /64 (SourceNetwork)
    static String userKey(String username, String address, boolean machine) {
        if (machine) {
            String key = username + " " + SourceNetwork.of(address); // an address has no space: the last one splits them
            return key.length() <= 64 ? "client:" + key : "client#" + sha256(key);
        }
        return username.length() <= 64 ? "user:" + username : "user#" + sha256(username);
    }

    static String addressKey(String address) {
        String network = SourceNetwork.of(address);
        return network.length() <= 64 ? "addr:" + network : "addr#" + sha256(network);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new EJBException("SHA-256 is part of every Java runtime", e);
        }
    }
}
