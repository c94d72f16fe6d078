package io.redress.shared.domain;

import java.util.Set;
import java.util.stream.Collectors;

/** The actor lacks the role an action needs. */
public class AccessDenied extends RedressException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String action, Set<Role> required) {
        super(action + " requires one of the roles "
                + required.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    }

    @Override
    public String type() {
        return "access-denied";
    }
}
