package io.redress.web.incidents;

import io.redress.incidents.application.EvidenceService;
import io.redress.incidents.domain.EvidenceReportView;
import io.redress.incidents.domain.EvidenceWording;
import io.redress.security.CurrentActor;
import io.redress.web.shell.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A leak-attribution report as issued: the staff page and the printable page for the customer or a regulator. */
@Named
@ViewScoped
public class EvidenceReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvidenceService evidence;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient Labels labels;

    private String ref;
    private EvidenceReportView report;

    public void load() {
        report = evidence.get(actor.get(), ref);
    }

    /** The rules a trade broke, in words in the page's language (the printed report shows no codes). */
    public String wording(List<String> rules) {
        return rules.stream().map(code -> labels.of("anomalyRule", code, EvidenceWording.rule(code))).collect(Collectors.joining("; "));
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    public String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public EvidenceReportView getReport() {
        return report;
    }
}
