package io.redress.staff.domain;

import io.redress.staff.domain.ThrottlePolicy.Failures;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** The failed sign-ins of one key (a user name or a source network), as {@link ThrottlePolicy} reads them. */
@Entity
@Table(name = "login_throttle")
public class LoginFailures {

    @Id
    @Column(name = "throttle_key")
    private String key;
    @Column(nullable = false)
    private int failures;
    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Version
    private Long version;

    protected LoginFailures() {
    }

    public LoginFailures(String key, Failures first) {
        this.key = Objects.requireNonNull(key);
        record(first);
    }

    public Failures failures() {
        return new Failures(failures, lastFailureAt, lockedUntil);
    }

    public void record(Failures now) {
        failures = now.count();
        lastFailureAt = Objects.requireNonNull(now.lastAt());
        lockedUntil = now.lockedUntil();
    }

    public String key() {
        return key;
    }
}
