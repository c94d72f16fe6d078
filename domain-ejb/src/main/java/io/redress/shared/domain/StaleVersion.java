package io.redress.shared.domain;

/** Somebody else changed the record since the caller read it; the caller must re-read and decide again. */
public class StaleVersion extends RedressException {

    private static final long serialVersionUID = 1L;

    public StaleVersion(String what, String id, long expected, long actual) {
        super(what + " " + id + " is at version " + actual + ", not " + expected + ": it was changed by someone else");
    }

    public StaleVersion(String message) {
        super(message);
    }

    @Override
    public String type() {
        return "stale-version";
    }
}
