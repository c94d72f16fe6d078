package io.redress.alerts.api;

/**
 * The published way to say that what an alert asked for has been done elsewhere: fire it with CDI's
 * {@code Event<AlertSettled>} in the transaction that did it (a bulk action approved, an appeal decided). The alert
 * desk resolves the alert of that kind and subject, if one is still open or acknowledged, in that transaction, as the
 * system, with {@code how} as its note; with no such alert it does nothing.
 *
 * @param kind    the kind the alert was raised with ({@code INCIDENT_ACTION_PENDING})
 * @param subject the subject it was raised with
 * @param how     what settled it, for the inbox and the audit trail ({@code approved by carol})
 */
public record AlertSettled(String kind, String subject, String how) {
}
