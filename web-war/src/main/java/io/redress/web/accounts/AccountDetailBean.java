package io.redress.web.accounts;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountView;
import io.redress.audit.domain.AuditRecord;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One account: its profile, status and audit history. */
@Named
@ViewScoped
public class AccountDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;
    @Inject
    transient CurrentActor actor;

    private String id;
    private AccountView account;
    private List<AuditRecord> history;

    public void load() throws IOException {
        try {
            account = accounts.get(actor.get(), id);
            history = accounts.history(actor.get(), id, 100);
        } catch (NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }
}
