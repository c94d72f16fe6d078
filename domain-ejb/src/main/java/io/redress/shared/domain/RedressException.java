package io.redress.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A refusal that the caller can act on. Each subclass maps to one problem type and HTTP status at the
 * boundary; it rolls back the transaction, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public abstract class RedressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected RedressException(String message) {
        super(message);
    }

    /** A short, stable, kebab-case identifier of the problem type, e.g. {@code invalid-input}. */
    public abstract String type();
}
