package io.redress.cases.domain;

import java.util.List;

/** The work queues; a case past its SLA goes to the supervisors. */
public final class Queues {

    public static final String FRONTLINE = "frontline";
    public static final String SECURITY = "security";
    public static final String COMPLIANCE = "compliance";
    public static final String CLAIMS = "claims";
    public static final String SOCIAL = "social";
    public static final String SUPERVISORS = "supervisors";
    public static final List<String> ALL = List.of(FRONTLINE, SECURITY, COMPLIANCE, CLAIMS, SOCIAL, SUPERVISORS);

    private Queues() {
    }

    /** Where a new case lands when the intake names no queue. */
    public static String forNew(Channel channel, Category category) {
        if (channel == Channel.SOCIAL_MEDIA) {
            return SOCIAL;
        }
        return switch (category) {
            case ACCOUNT_SECURITY -> SECURITY;
            case FUNDS_HOLD, RESTRICTION -> COMPLIANCE;
            case LOSS_CLAIM -> CLAIMS;
            default -> channel == Channel.REGULATOR ? SUPERVISORS : FRONTLINE;
        };
    }
}
