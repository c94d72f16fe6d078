package io.redress.shared.domain;

/** Redress cannot know the answer right now (e.g. the database is unreachable): callers must fail closed. */
public class Unavailable extends RedressException {

    private static final long serialVersionUID = 1L;

    /** What became of the request, as far as Redress knows; the problem answer's {@code outcome}. */
    public enum Outcome {
        /** Refused before anything was attempted: nothing was changed, the request may be repeated as it is. */
        NOT_ATTEMPTED,
        /** The database failed during the request: a change may or may not have been made; read before repeating. */
        UNKNOWN,
        /** A read, or nothing to say. */
        NONE
    }

    private final Outcome outcome;

    public Unavailable(String message) {
        this(message, Outcome.NONE);
    }

    public Unavailable(String message, Outcome outcome) {
        super(message);
        this.outcome = outcome;
    }

    public static Unavailable notAttempted(String message) {
        return new Unavailable(message, Outcome.NOT_ATTEMPTED);
    }

    public Outcome outcome() {
        return outcome;
    }

    @Override
    public String type() {
        return "unavailable";
    }
}
