package io.redress.web.screening;

import io.redress.screening.application.Investigations;
import io.redress.screening.domain.InvestigationRow;
import io.redress.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Compliance's investigations: the open ones (outcomes to decide first, by deadline, overdue ones marked), or the
 * closed ones, most recent first.
 */
@Named
@ViewScoped
public class InvestigationListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Investigations investigations;
    @Inject
    transient CurrentActor actor;

    private String show = "open";
    private List<InvestigationRow> rows;

    public void load() {
        rows = investigations.board(actor.get(), !"closed".equals(show));
    }

    public String getShow() {
        return show;
    }

    /** "open" (the default) or "closed"; anything else reads as open. */
    public void setShow(String show) {
        this.show = "closed".equals(show) ? "closed" : "open";
    }

    public List<InvestigationRow> getRows() {
        return rows;
    }
}
