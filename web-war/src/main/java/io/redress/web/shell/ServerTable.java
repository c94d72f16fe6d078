package io.redress.web.shell;

import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table whose rows a domain service pages, sorts and filters: the pager's first row and page size,
 * the sorted column and the column filters become a {@link TableQuery}; the answer's total becomes the row count on
 * every load (a count kept from an earlier load made the pager say "1-12 of 12" after a filter narrowed the rows).
 * The page's own filters (outside the table) are read by the source when it runs.
 */
public class ServerTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call behind the table; a lambda of the view-scoped bean. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        TablePage<T> fetch(TableQuery query);
    }

    /** What identifies a row (for selection and row keys). */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;
    private TableQuery last = TableQuery.firstPage(25);
    private Map<String, String> fields = Map.of();
    private TablePage<T> preloaded;
    private TableQuery preloadedFor;

    public ServerTable(Source<T> source, Key<T> key) {
        this.source = Objects.requireNonNull(source);
        this.key = Objects.requireNonNull(key);
    }

    /**
     * Reads the first page in the page's view action, where a refusal (the person may not see this table) still shows
     * the error page; the table's first load with the same query uses it instead of asking again.
     */
    public void preload(TableQuery query) {
        try {
            preloaded = source.fetch(query);
            preloadedFor = query;
        } catch (InvalidInput e) {
            Messages.refusal(FacesContext.getCurrentInstance(), e, fields);
        }
    }

    /** Where a refused filter's message goes: the service's field name to the client id of the input. */
    public ServerTable<T> refusalsAt(Map<String, String> fieldToClientId) {
        this.fields = Map.copyOf(fieldToClientId);
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, fetch(new TableQuery(0, 1, last.sortField(), last.descending(),
                filters(filterBy))).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst().orElse(null);
        last = new TableQuery(first, Math.max(1, Math.min(pageSize, TableQuery.MAX_SIZE)),
                sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.DESCENDING,
                filters(filterBy));
        TablePage<T> page = preloaded != null && last.equals(preloadedFor) ? preloaded : fetch(last);
        preloaded = null;
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    private TablePage<T> fetch(TableQuery query) {
        try {
            return source.fetch(query);
        } catch (AccessDenied e) {
            throw e;
        } catch (InvalidInput e) {
            Messages.refusal(FacesContext.getCurrentInstance(), e, fields);
            return new TablePage<>(List.of(), 0);
        }
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        if (filterBy != null) {
            filterBy.forEach((column, meta) -> {
                Object value = meta.getFilterValue();
                if (!meta.isGlobalFilter() && value != null && !value.toString().isBlank()) {
                    filters.put(meta.getField() == null ? column : meta.getField(), value.toString());
                }
            });
        }
        return filters;
    }

    /**
     * Every row of the table's current sort and filters (not only the page on screen), up to {@code max}, a page of
     * {@link TableQuery#MAX_SIZE} at a time: for exports.
     */
    public int forEachRow(int max, Consumer<T> row) {
        int seen = 0;
        while (seen < max) {
            TablePage<T> page = source.fetch(last.from(seen, TableQuery.MAX_SIZE));
            page.rows().forEach(row);
            seen += page.rows().size();
            if (page.rows().size() < TableQuery.MAX_SIZE || seen >= page.total()) {
                break;
            }
        }
        return seen;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
    }

    /** Back to the first page, for a filter outside the table changed: {@code clientId} like "filters:cases". */
    public static void toFirstPage(FacesContext faces, String clientId) {
        UIComponent table = faces.getViewRoot().findComponent(clientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
