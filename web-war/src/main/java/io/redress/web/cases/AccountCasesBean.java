package io.redress.web.cases;

import io.redress.cases.application.CaseService;
import io.redress.cases.domain.QueueRow;
import io.redress.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The account page's cases part: the account's cases, newest first. */
@Named
@ViewScoped
public class AccountCasesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseService cases;
    @Inject
    transient CurrentActor actor;

    private List<QueueRow> rows;

    public void load(String accountId) {
        rows = cases.forAccount(actor.get(), accountId);
    }

    public List<QueueRow> getCases() {
        return rows;
    }
}
