package io.redress.web.accounts;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountView;
import io.redress.cases.api.TicketNumber;
import io.redress.cases.application.CaseService;
import io.redress.cases.domain.CaseView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import io.redress.web.shell.ServerTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Account search: by id or handle prefix, in a server-side table (paged, counted, sorted, filtered by jurisdiction); a
 * ticket number (as a customer quotes it, in any case, with or without dashes) opens its case's account, or the case
 * when it has none.
 */
@Named
@ViewScoped
public class AccountSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;
    @Inject
    transient CaseService cases;
    @Inject
    transient CurrentActor actor;

    private String query;
    private final ServerTable<AccountView> results = new ServerTable<>(
            page -> accounts.table(actor.get(), query, page), a -> a.accountId())
            .refusalsAt(Map.of("query", "search:query"));

    /** A ticket number goes to its customer's account (or its case); anything else searches accounts. */
    public String search() {
        ServerTable.toFirstPage(FacesContext.getCurrentInstance(), "search:results");
        Optional<TicketNumber> ticket = TicketNumber.parse(query);
        if (ticket.isPresent()) {
            try {
                CaseView c = cases.get(actor.get(), ticket.get().value());
                return c.accountId() != null
                        ? "/app/accounts/detail?faces-redirect=true&id=" + URLEncoder.encode(c.accountId(), StandardCharsets.UTF_8)
                        : "/app/cases/case?faces-redirect=true&ticket=" + c.ticket();
            } catch (NotFound e) {
                // no such case: an account id or handle may look like a ticket; search them as typed
            }
        }
        return null;
    }

    public ServerTable<AccountView> getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
