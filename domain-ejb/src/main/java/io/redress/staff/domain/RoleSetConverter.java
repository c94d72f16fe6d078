package io.redress.staff.domain;

import io.redress.shared.domain.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of roles as their names, comma-separated and sorted: {@code AGENT,SUPERVISOR}. */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles == null ? "" : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
