package io.redress.testing;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What an entity maps, for tests of rows written by plain SQL beside the persistence context. */
public final class MappedColumns {

    private MappedColumns() {
    }

    /** The columns an entity's persistent fields map to: the {@code @Column} name, else the field's name in lower case. */
    public static Set<String> of(Class<?> entity) {
        Set<String> mapped = new LinkedHashSet<>();
        for (Field f : entity.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Column column = f.getAnnotation(Column.class);
            mapped.add(column != null && !column.name().isEmpty() ? column.name() : f.getName().toLowerCase(Locale.ROOT));
        }
        return mapped;
    }

    /** A row's values by column name. */
    public static Map<String, Object> byColumn(List<String> columns, Object[] row) {
        if (columns.size() != row.length) {
            throw new AssertionError(columns.size() + " columns, " + row.length + " values");
        }
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            out.put(columns.get(i), row[i]);
        }
        return out;
    }
}
