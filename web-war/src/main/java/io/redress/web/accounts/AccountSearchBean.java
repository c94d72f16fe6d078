package io.redress.web.accounts;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountView;
import io.redress.cases.api.TicketNumber;
import io.redress.cases.application.CaseService;
import io.redress.cases.domain.CaseView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Page;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account search: by id or handle prefix, one page at a time (no counting of millions of rows); a ticket number (as a
 * customer quotes it, in any case, with or without dashes) opens its case's account, or the case when it has none.
 */
@Named
@ViewScoped
public class AccountSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    transient AccountService accounts;
    @Inject
    transient CaseService cases;
    @Inject
    transient CurrentActor actor;

    private String query;
    private int page;
    private transient Page<AccountView> result;

    public void load() {
        try {
            result = accounts.search(actor.get(), query, page, PAGE_SIZE);
        } catch (RedressException e) {
            result = new Page<>(List.of(), 0, PAGE_SIZE, false);
            Messages.refusal(FacesContext.getCurrentInstance(), e, Map.of("query", "search:query"));
        }
    }

    /** A ticket number goes to its customer's account (or its case); anything else searches accounts. */
    public String search() {
        page = 0;
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
        load();
        return null;
    }

    public void next() {
        if (getResult().hasMore()) {
            page++;
        }
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public Page<AccountView> getResult() {
        if (result == null) {
            load();
        }
        return result;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
