package io.redress.shared.domain;

/** One bad field of a request: its name as the client sent it (JSON pointer-like, e.g. {@code socialHandles[2]}) and why. */
public record FieldError(String field, String message) {
}
