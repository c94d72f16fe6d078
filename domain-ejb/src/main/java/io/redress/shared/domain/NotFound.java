package io.redress.shared.domain;

public class NotFound extends RedressException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what, String id) {
        super(what + " " + id + " does not exist");
    }

    @Override
    public String type() {
        return "not-found";
    }
}
