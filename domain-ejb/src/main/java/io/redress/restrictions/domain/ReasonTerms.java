package io.redress.restrictions.domain;

import io.redress.shared.domain.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.Set;

/** The terms of one version of a reason: what it stands on, justifies, requires, and tells the customer. */
@Embeddable
public class ReasonTerms {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Ground ground;
    @Column(nullable = false)
    private String title;
    @Column(name = "terms_clause", nullable = false)
    private String termsClause;
    @Convert(converter = MeasureSetConverter.class)
    @Column(nullable = false)
    private Set<Measure> measures;
    @Column(name = "required_evidence")
    private String requiredEvidence;
    @Enumerated(EnumType.STRING)
    @Column(name = "approver_role", nullable = false)
    private Role approverRole;
    @Column(name = "min_window_days", nullable = false)
    private int minWindowDays;
    @Column(name = "notice_text", nullable = false)
    private String noticeText;
    @Column(nullable = false)
    private boolean disclosable;

    protected ReasonTerms() {
    }

    /** The definition must already satisfy {@link CatalogueRules}. */
    public static ReasonTerms of(ReasonDefinition d) {
        ReasonTerms t = new ReasonTerms();
        t.ground = d.ground();
        t.title = d.title().trim();
        t.termsClause = d.termsClause().trim();
        t.measures = EnumSet.copyOf(d.measures());
        t.requiredEvidence = d.requiredEvidence() == null || d.requiredEvidence().isBlank() ? null : d.requiredEvidence().trim();
        t.approverRole = d.approverRole();
        t.minWindowDays = d.minWindowDays();
        t.noticeText = d.noticeText().trim();
        t.disclosable = d.disclosable();
        return t;
    }

    public ReasonTerms copy() {
        return of(definition(null));
    }

    public ReasonDefinition definition(String code) {
        return new ReasonDefinition(code, ground, title, termsClause, EnumSet.copyOf(measures), requiredEvidence,
                approverRole, minWindowDays, noticeText, disclosable);
    }

    public ReasonView view(String code, boolean active, int revision, long version) {
        return new ReasonView(code, ground, title, termsClause, EnumSet.copyOf(measures), requiredEvidence, approverRole,
                minWindowDays, noticeText, disclosable, active, revision, version);
    }

    public io.redress.shared.domain.Snapshot snapshot(String code) {
        return io.redress.shared.domain.Snapshot.of().with("code", code).with("ground", ground).with("title", title)
                .with("termsClause", termsClause).with("measures", measures.stream().map(Enum::name).toList())
                .with("requiredEvidence", requiredEvidence).with("approverRole", approverRole)
                .with("minWindowDays", minWindowDays).with("noticeText", noticeText).with("disclosable", disclosable);
    }
}
