package io.redress.web.restrictions;

import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Formats;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report compliance officers and auditors read: every restriction that followed complaint activity, on screen and
 * as CSV (times in UTC) for a regulator's request or an audit file.
 */
@Named
@ViewScoped
public class AfterComplaintsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RestrictionService restrictions;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private List<RestrictionView> rows;

    public void load() {
        rows = restrictions.afterComplaints(actor.get());
    }

    public void exportCsv() {
        CsvFile csv = new CsvFile(Stream.of("restriction.id", "account.id", "report.measure", "report.reason",
                "restriction.state", "report.requestedBy", "report.requestedAt", "report.decidedBy", "report.decidedRole",
                "report.decidedAt", "restriction.complaints", "restriction.attestation")
                .map(k -> Messages.text(faces, k)).toList());
        for (RestrictionView r : restrictions.afterComplaints(actor.get())) {
            csv.row(r.id(), r.accountId(), r.measure(), r.reasonCode(), r.state(), r.requestedBy(),
                    Formats.utc(r.requestedAt()), r.decidedBy(), r.decidedRole(), Formats.utc(r.decidedAt()),
                    r.complaintSummary(), r.attestation());
        }
        csv.send(faces, "restrictions-after-complaints");
    }

    public List<RestrictionView> getRows() {
        return rows;
    }
}
