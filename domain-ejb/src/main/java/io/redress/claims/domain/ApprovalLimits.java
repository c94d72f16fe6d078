package io.redress.claims.domain;

import io.redress.shared.domain.Role;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How much each role may approve on its own, in the reference currency (configured as
 * {@code SUPERVISOR=10000,COMPLIANCE=unlimited}; a role not named approves nothing). A decision within the first
 * approver's limit is final with that approval; above it, a second approver whose limit covers the amount must
 * approve too.
 */
public final class ApprovalLimits {

    public static final String DEFAULT = "SUPERVISOR=10000,COMPLIANCE=unlimited";
    public static final String UNLIMITED = "unlimited";

    /** One role's limit; {@code max} null means no upper bound. */
    public record Limit(BigDecimal max) {
        public boolean covers(BigDecimal amount) {
            return max == null || amount.compareTo(max) <= 0;
        }

        public String describe(String currency) {
            return max == null ? "no limit" : max.toPlainString() + " " + currency;
        }
    }

    /** What an approval does: makes the decision final, or leaves it waiting for a second approver. */
    public enum Effect { FINAL, NEEDS_SECOND_APPROVER }

    /** The effect of an approval, or the rule it breaks. */
    public record Step(Effect effect, ClaimViolation violation) {
        public boolean refused() {
            return violation != null;
        }
    }

    private final Map<Role, Limit> limits;
    private final String currency;

    private ApprovalLimits(Map<Role, Limit> limits, String currency) {
        this.limits = Collections.unmodifiableMap(limits);
        this.currency = currency;
    }

    public static ApprovalLimits parse(String text, String currency) {
        Map<Role, Limit> limits = new EnumMap<>(Role.class);
        for (String entry : text.split(",")) {
            String[] kv = entry.trim().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("approval limit '" + entry + "' is not ROLE=amount or ROLE=unlimited");
            }
            Role role;
            try {
                role = Role.valueOf(kv[0].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("approval limit names no role: '" + kv[0].trim() + "'", e);
            }
            String value = kv[1].trim();
            if (value.equals(UNLIMITED)) {
                limits.put(role, new Limit(null));
            } else if (value.matches("[0-9]{1,15}(\\.[0-9]{1,2})?")) {
                limits.put(role, new Limit(new BigDecimal(value)));
            } else {
                throw new IllegalArgumentException("approval limit of " + role + " is not an amount: '" + value + "'");
            }
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("the reference currency is a three-letter code, not '" + currency + "'");
        }
        return new ApprovalLimits(limits, currency);
    }

    public String currency() {
        return currency;
    }

    public Map<Role, Limit> limits() {
        return limits;
    }

    /** The highest limit among the roles, if any of them may approve at all. */
    public Optional<Limit> limitOf(Set<Role> roles) {
        return roleWithHighestLimit(roles).map(limits::get);
    }

    /** The role an approver acts in: the one of theirs with the highest limit. */
    public Optional<Role> roleWithHighestLimit(Set<Role> roles) {
        Role best = null;
        for (Role r : roles) {
            Limit l = limits.get(r);
            if (l == null) {
                continue;
            }
            Limit b = best == null ? null : limits.get(best);
            if (b == null || (b.max() != null && (l.max() == null || l.max().compareTo(b.max()) > 0))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * An approval of a decision worth {@code reference} in the reference currency, by someone holding these roles,
     * as the first or the second approver.
     */
    public Step approve(Set<Role> roles, BigDecimal reference, boolean second) {
        Optional<Limit> limit = limitOf(roles);
        if (limit.isEmpty()) {
            return new Step(null, new ClaimViolation("approval-limit", "Holding " + roles + ", you may not approve claims"));
        }
        if (limit.get().covers(reference)) {
            return new Step(Effect.FINAL, null);
        }
        if (second) {
            return new Step(null, ClaimViolation.of("approval-limit", "The decision is worth " + reference.toPlainString()
                    + " " + currency + "; a second approver's limit must cover it (yours: " + limit.get().describe(currency) + ")",
                    reference.toPlainString(), currency, limit.get().describe(currency)));
        }
        return new Step(Effect.NEEDS_SECOND_APPROVER, null);
    }
}
