package io.redress.web.accounts;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountView;
import io.redress.audit.domain.AuditRecord;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The account page's accounts part: the profile (with the standing it is shown with), the confidentiality flag and
 * the account's audit history. The other contexts' parts have beans of their own ({@code AccountStandingBean},
 * {@code AccountCasesBean}), each loaded with the account the page shows.
 */
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
    private boolean confidential;
    private String confidentialReason;

    public void load() {
        account = accounts.get(actor.get(), id);
        history = accounts.history(actor.get(), id, 100);
        confidential = accounts.confidential(actor.get(), id);
    }

    /** COMPLIANCE sets or clears the confidentiality flag that makes the message check point strict. */
    public void toggleConfidential() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            confidential = accounts.markConfidential(actor.get(), id, !confidential, confidentialReason);
            confidentialReason = null;
            Messages.info(faces, confidential ? "account.confidential.set" : "account.confidential.cleared");
            history = accounts.history(actor.get(), id, 100);
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "confidentiality:reason"));
        }
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getConfidentialReason() {
        return confidentialReason;
    }

    public void setConfidentialReason(String confidentialReason) {
        this.confidentialReason = confidentialReason;
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
