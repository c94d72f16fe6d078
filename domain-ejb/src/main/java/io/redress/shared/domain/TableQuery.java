package io.redress.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One page of a console table as the person asked for it: the first row (an offset), how many rows, one sort column
 * and the column filters (column name to the text typed). Services accept only the sort columns and filters they
 * name, so nothing typed in a browser reaches a query except as a parameter.
 */
public record TableQuery(int first, int size, String sortField, boolean descending, Map<String, String> filters) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_FILTER = 200;

    public TableQuery {
        filters = filters == null ? Map.of() : Map.copyOf(new TreeMap<>(filters.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null && !e.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip(), (a, b) -> a))));
        sortField = sortField == null || sortField.isBlank() ? null : sortField;
    }

    public static TableQuery firstPage(int size) {
        return new TableQuery(0, size, null, false, Map.of());
    }

    /** The same sort and filters, from another row. */
    public TableQuery from(int newFirst, int newSize) {
        return new TableQuery(newFirst, newSize, sortField, descending, filters);
    }

    /** The text typed in a column's filter, or null. */
    public String filter(String column) {
        return filters.get(column);
    }

    /** The filter's text in lower case, for case-insensitive "contains", or null. */
    public String lowerFilter(String column) {
        String f = filter(column);
        return f == null ? null : f.toLowerCase(Locale.ROOT);
    }

    /**
     * Refuses a page the service cannot serve: a negative offset, a size out of 1 to {@link #MAX_SIZE}, a sort or a filter
     * on a column the table does not offer, a filter longer than {@link #MAX_FILTER} characters.
     */
    public void check(Set<String> sortable, Set<String> filterable) {
        List<FieldError> errors = new ArrayList<>();
        if (first < 0) {
            errors.add(FieldError.of("first", FieldError.Code.ZERO_OR_MORE, "0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.of("size", FieldError.Code.BETWEEN, "1 to " + MAX_SIZE, 1, MAX_SIZE));
        }
        if (sortField != null && !sortable.contains(sortField)) {
            errors.add(FieldError.oneOf("sort", new java.util.TreeSet<>(sortable)));
        }
        filters.forEach((column, text) -> {
            if (!filterable.contains(column)) {
                errors.add(FieldError.of(column, FieldError.Code.NOT_A_FILTER, "not a filter of this table"));
            } else if (text.length() > MAX_FILTER) {
                errors.add(FieldError.tooLong(column, MAX_FILTER));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** LIKE pattern for "contains", with '!' as the escape character. */
    public static String containsPattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
