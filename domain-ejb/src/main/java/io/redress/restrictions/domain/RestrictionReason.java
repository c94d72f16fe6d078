package io.redress.restrictions.domain;

import io.redress.shared.domain.Role;
import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;

/**
 * A reason in the policy catalogue: the terms-of-service clause it rests on, the measures it may justify,
 * the evidence it requires, who must approve, the minimum withdrawal window, and what the customer is told.
 */
@Entity
@Table(name = "restriction_reason")
@NamedQuery(name = RestrictionReason.ALL, query = "SELECT r FROM RestrictionReason r ORDER BY r.code")
public class RestrictionReason {

    public static final String ALL = "RestrictionReason.all";

    @Id
    private String code;
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
    @Column(nullable = false)
    private boolean active;
    @Version
    private Long version;

    protected RestrictionReason() {
    }

    /** The definition must already satisfy {@link CatalogueRules}. */
    public RestrictionReason(ReasonDefinition d) {
        this.code = d.code();
        this.active = true;
        redefine(d);
    }

    public void redefine(ReasonDefinition d) {
        this.title = d.title().trim();
        this.termsClause = d.termsClause().trim();
        this.measures = EnumSet.copyOf(d.measures());
        this.requiredEvidence = d.requiredEvidence() == null || d.requiredEvidence().isBlank() ? null : d.requiredEvidence().trim();
        this.approverRole = d.approverRole();
        this.minWindowDays = d.minWindowDays();
        this.noticeText = d.noticeText().trim();
        this.disclosable = d.disclosable();
    }

    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public ReasonView view() {
        return new ReasonView(code, title, termsClause, EnumSet.copyOf(measures), requiredEvidence, approverRole,
                minWindowDays, noticeText, disclosable, active, version == null ? 0 : version);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("code", code).with("title", title).with("termsClause", termsClause)
                .with("measures", measures.stream().map(Enum::name).toList()).with("requiredEvidence", requiredEvidence)
                .with("approverRole", approverRole).with("minWindowDays", minWindowDays).with("noticeText", noticeText)
                .with("disclosable", disclosable).with("active", active);
    }

    public String code() {
        return code;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
