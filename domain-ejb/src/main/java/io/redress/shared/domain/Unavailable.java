package io.redress.shared.domain;

/** Redress cannot know the answer right now (e.g. the database is unreachable): callers must fail closed. */
public class Unavailable extends RedressException {

    private static final long serialVersionUID = 1L;

    public Unavailable(String message) {
        super(message);
    }

    @Override
    public String type() {
        return "unavailable";
    }
}
