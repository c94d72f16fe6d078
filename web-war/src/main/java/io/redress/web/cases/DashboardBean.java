package io.redress.web.cases;

import io.redress.api.support.JsonBuilders;
import io.redress.cases.application.OperationsPicture;
import io.redress.cases.application.OperationsPicture.FunnelDay;
import io.redress.cases.application.OperationsPicture.Picture;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.InvalidInput;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The operations picture as charts (Chart.js configurations for p:chart) and tables with CSV export. The
 * numbers come from {@link OperationsPicture}; this bean only shapes them for the charts.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2"};

    @Inject
    transient OperationsPicture operations;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private int days = 14;
    private Picture picture;

    public void load() {
        try {
            picture = operations.picture(actor.get(), days);
        } catch (InvalidInput e) {
            Messages.refusal(faces, e, Map.of("days", "range:days"));
        }
    }

    public void refresh() {
        load();
    }

    /** The daily long-tail funnel: opened, solved at first contact, escalated, public complaints matched and unmatched. */
    public String getFunnelChart() {
        List<FunnelDay> f = picture.funnel();
        return bar(f.stream().map(d -> d.day().toString()).toList(), Map.of(
                        label("dashboard.opened"), series(f, FunnelDay::opened),
                        label("dashboard.firstContact"), series(f, FunnelDay::solvedAtFirstContact),
                        label("dashboard.escalated"), series(f, FunnelDay::escalated),
                        label("dashboard.postsMatched"), series(f, FunnelDay::postsMatched),
                        label("dashboard.postsUnmatched"), series(f, FunnelDay::postsUnmatched)),
                List.of(label("dashboard.opened"), label("dashboard.firstContact"), label("dashboard.escalated"),
                        label("dashboard.postsMatched"), label("dashboard.postsUnmatched")), false);
    }

    public String getSlaChart() {
        var lines = picture.sla();
        return bar(lines.stream().map(l -> l.priority().name()).toList(), Map.of(
                        label("dashboard.compliance"), lines.stream().mapToDouble(OperationsPicture.SlaLine::compliance).toArray()),
                List.of(label("dashboard.compliance")), false);
    }

    public String getQueueChart() {
        var lines = picture.queues();
        return bar(lines.stream().map(OperationsPicture.QueueLine::queue).toList(), Map.of(
                        label("dashboard.openCases"), lines.stream().mapToDouble(OperationsPicture.QueueLine::open).toArray(),
                        label("dashboard.oldestHours"), lines.stream().mapToDouble(OperationsPicture.QueueLine::oldestHours).toArray()),
                List.of(label("dashboard.openCases"), label("dashboard.oldestHours")), false);
    }

    // ---- CSV: the columns and the values of each table, the numbers rounded as the table shows them ------------

    public void exportFunnel() {
        CsvFile csv = new CsvFile(labels("dashboard.day", "dashboard.opened", "dashboard.firstContact", "dashboard.escalated",
                "dashboard.postsMatched", "dashboard.postsUnmatched"));
        for (FunnelDay d : picture.funnel()) {
            csv.row(d.day().toString(), d.opened(), d.solvedAtFirstContact(), d.escalated(), d.postsMatched(), d.postsUnmatched());
        }
        csv.send(faces, "funnel");
    }

    public void exportSla() {
        CsvFile csv = new CsvFile(labels("case.priority", "dashboard.cases", "dashboard.firstResponseBreached",
                "dashboard.resolutionBreached", "dashboard.compliance"));
        for (OperationsPicture.SlaLine s : picture.sla()) {
            csv.row(s.priority().name(), s.cases(), s.firstResponseBreached(), s.resolutionBreached(), oneDecimal(s.compliance()));
        }
        csv.send(faces, "sla-by-priority");
    }

    public void exportQueues() {
        CsvFile csv = new CsvFile(labels("case.queue", "dashboard.openCases", "dashboard.oldestHours", "dashboard.averageHours"));
        for (OperationsPicture.QueueLine q : picture.queues()) {
            csv.row(q.queue(), q.open(), oneDecimal(q.oldestHours()), oneDecimal(q.averageHours()));
        }
        csv.send(faces, "queues");
    }

    public void exportComplaints() {
        CsvFile csv = new CsvFile(labels("case.category", "case.outcome", "dashboard.cases", "dashboard.hoursToFirstResponse",
                "dashboard.hoursToResolution"));
        for (OperationsPicture.ComplaintLine c : picture.complaints()) {
            csv.row(c.category().name(), c.outcome(), c.cases(), oneDecimal(c.averageHoursToFirstResponse()),
                    oneDecimal(c.averageHoursToResolution()));
        }
        csv.send(faces, "complaints");
    }

    /** What f:convertNumber maxFractionDigits="1" shows: at most one decimal, half-even. */
    static BigDecimal oneDecimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private List<String> labels(String... keys) {
        return java.util.Arrays.stream(keys).map(this::label).toList();
    }

    private String label(String key) {
        return Messages.text(faces, key);
    }

    private static double[] series(List<FunnelDay> days, Function<FunnelDay, Long> value) {
        return days.stream().mapToDouble(d -> value.apply(d)).toArray();
    }

    private static String bar(List<String> labels, Map<String, double[]> series, List<String> order, boolean stacked) {
        JsonArrayBuilder datasets = JsonBuilders.array();
        int i = 0;
        for (String name : order) {
            JsonArrayBuilder data = JsonBuilders.array();
            for (double v : series.get(name)) {
                data.add(v);
            }
            datasets.add(JsonBuilders.object().add("label", name).add("data", data)
                    .add("backgroundColor", COLOURS[i++ % COLOURS.length]));
        }
        JsonObjectBuilder scales = JsonBuilders.object()
                .add("x", JsonBuilders.object().add("stacked", stacked))
                .add("y", JsonBuilders.object().add("stacked", stacked).add("beginAtZero", true));
        return JsonBuilders.object().add("type", "bar")
                .add("data", JsonBuilders.object().add("labels", JsonBuilders.array(labels)).add("datasets", datasets))
                .add("options", JsonBuilders.object().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", scales))
                .build().toString();
    }

    public static double sum(List<FunnelDay> days, ToDoubleFunction<FunnelDay> f) {
        return days.stream().mapToDouble(f).sum();
    }

    public Picture getPicture() {
        return picture;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
