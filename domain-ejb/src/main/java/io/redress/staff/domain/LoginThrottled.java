package io.redress.staff.domain;

import io.redress.shared.domain.RedressException;
import java.time.Duration;

/** Too many failed sign-ins for this user name or from this address: try again after {@link #retryAfter()}. */
public class LoginThrottled extends RedressException {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public LoginThrottled(Duration wait) {
        super("Too many failed sign-ins; try again in " + seconds(wait) + " s");
        this.retryAfterSeconds = seconds(wait);
    }

    /** Whole seconds, rounded up and at least one: what Retry-After carries. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        long s = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }

    @Override
    public String type() {
        return "too-many-attempts";
    }
}
