package io.redress.restrictions.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of measures as their names, comma-separated in declaration order. */
@Converter
public class MeasureSetConverter implements AttributeConverter<Set<Measure>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Measure> measures) {
        return measures == null ? "" : EnumSet.copyOf(measures).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Measure> convertToEntityAttribute(String column) {
        EnumSet<Measure> set = EnumSet.noneOf(Measure.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Measure::valueOf).forEach(set::add);
        }
        return set;
    }
}
