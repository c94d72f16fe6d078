package io.redress.web.shell;

import jakarta.faces.application.ViewExpiredException;
import org.primefaces.csp.CspException;

/**
 * A form sent from a page whose view the server no longer holds (the session timed out, or the view was dropped for
 * newer ones) or never issued (a forged or stale form, one without the page's CSP nonce). An ordinary event: the person
 * is shown the expired page, and the log gets one line, never an incident with a stack trace.
 */
final class ExpiredPage {

    private ExpiredPage() {
    }

    /** Whether the exception, or any of its causes, says the page's view cannot be restored. */
    static boolean is(Throwable thrown) {
        return expiry(thrown) != null;
    }

    /** The one log line for it: the page and what the exception says, on one line whatever its message holds. */
    static String logLine(String page, Throwable thrown) {
        Throwable found = expiry(thrown);
        Throwable cause = found == null ? thrown : found;
        String why = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return ("Page expired, the expired page shown: " + page + " (" + why + ")").replaceAll("\\s+", " ");
    }

    /** The exception, or the first of its causes, that says the view cannot be restored; null when none does. */
    private static Throwable expiry(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return t;
            }
        }
        return null;
    }
}
