package io.redress.alerts.api;

import io.redress.shared.domain.Role;

/**
 * The published way to ask for a person's attention: fire it with CDI's {@code Event<AlertRaised>} inside the
 * transaction that found the problem. The alert desk observes it in that transaction, so the alert commits with
 * its cause or not at all; a second alert of the same kind for the same subject is not raised.
 *
 * @param kind     what happened, upper case ({@code SLA_BREACH}); the raising context owns its kinds, each listed in
 *                 {@link AlertKinds#ALL}
 * @param severity how soon someone must look
 * @param accountId the customer account concerned, or null
 * @param subject  the record the alert is about ({@code appeal:42}, {@code RD-7K3Q-9P2M first response}); one alert
 *                 per kind and subject
 * @param mustAct  the role whose members must act; they, and auditors, see it
 * @param message  what a person reads in the inbox
 * @param confidential need-to-know (a screening hold, an investigation's deadline): the alert and its steps stay off the
 *                 account's timeline, which every staff member reads; the audit trail keeps them for auditors
 * @param newSubject the subject is a record created in the raiser's transaction (a screening just kept): no alert can
 *                 name it yet, so the desk does not look for an earlier one; false whenever the subject may have been
 *                 alerted before
 */
public record AlertRaised(String kind, Severity severity, String accountId, String subject, Role mustAct,
                          String message, boolean confidential, boolean newSubject) {

    /** An alert about a subject that may have been alerted before: raised once per kind and subject. */
    public AlertRaised(String kind, Severity severity, String accountId, String subject, Role mustAct, String message,
                       boolean confidential) {
        this(kind, severity, accountId, subject, mustAct, message, confidential, false);
    }

    /** An alert anyone who reads the account's timeline may see there. */
    public AlertRaised(String kind, Severity severity, String accountId, String subject, Role mustAct, String message) {
        this(kind, severity, accountId, subject, mustAct, message, false, false);
    }

    public enum Severity { INFO, WARNING, CRITICAL }
}
