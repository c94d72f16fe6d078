package io.redress.shared.domain;

import java.util.List;

/** The request is malformed or breaks a field rule; lists every bad field at once. */
public class InvalidInput extends RedressException {

    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    /** With a detail of its own (e.g. what was kept of a batch whose bad rows are listed). */
    public InvalidInput(List<FieldError> errors, String detail) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    /** One bad field, said with its code (see {@link FieldError#of}). */
    public InvalidInput(FieldError error) {
        this(List.of(error));
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String type() {
        return "invalid-input";
    }
}
