package io.redress.restrictions.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes what the customer is told. Plain Java: the wording is policy, and tested as such. */
public final class NoticeWriter {

    /** Said instead of the reason when the reason may not be disclosed (e.g. an investigation: no tipping off). */
    public static final String NEUTRAL = "Following a review under our terms of service, we have changed what your account can do.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private NoticeWriter() {
    }

    public static String howToAppeal(int appealDays) {
        return "You may appeal within " + appealDays + " days by replying to this notice or through support. "
                + "Your appeal is decided by someone who took no part in this decision.";
    }

    public static String applied(Measure measure, ReasonView reason, Instant windowEndsAt) {
        return applied(measure, reason, windowEndsAt, false);
    }

    /** On an account COMPLIANCE marked confidential even a disclosable reason is replaced by the neutral text. */
    public static boolean discloses(ReasonView reason, boolean confidentialAccount) {
        return reason != null && reason.disclosable() && !confidentialAccount;
    }

    public static String applied(Measure measure, ReasonView reason, Instant windowEndsAt, boolean confidentialAccount) {
        String what = switch (measure) {
            case WITHDRAW_ONLY -> "Your account is now limited to withdrawals and to trades that reduce open positions.";
            case SUSPEND -> "Your account is suspended: you can sign in and withdraw, nothing else.";
            case CLOSE -> "Your account will be closed. Until then you can withdraw and reduce open positions.";
            case FREEZE_WITHDRAWALS -> "Withdrawals from your account are on hold.";
            case LIFT -> "A restriction on your account has been lifted.";
        };
        StringBuilder text = new StringBuilder(what);
        // the version of the reason the decision was taken under: the customer can hold us to that text
        text.append(' ').append(discloses(reason, confidentialAccount) ? reason.noticeText() + " See " + reason.termsClause() + " (policy reason "
                + reason.code() + ", version " + reason.revision() + ")." : NEUTRAL);
        if (windowEndsAt != null) {
            text.append(" You have until ").append(WHEN.format(windowEndsAt)).append(" to withdraw your funds.");
        }
        return text.toString();
    }

    public static String lifted() {
        return "The restriction on your account has been lifted. Your account can be used as before.";
    }

    public static String appealDecided(AppealOutcome outcome, String reasons) {
        return switch (outcome) {
            case UPHELD -> "Your appeal was reviewed and the decision stands. Reasons: " + reasons;
            case OVERTURNED -> "Your appeal was upheld in your favour and the restriction is lifted. Reasons: " + reasons;
            case MODIFIED -> "Your appeal was reviewed and the decision was changed in your favour. Reasons: " + reasons;
        };
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
