package io.redress.incidents.domain;

import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A leak-attribution report as issued: written once, never changed (every column is not updatable). Its facts and
 * score are kept whole as JSON ({@code content}); the columns beside it are what lists and checks look up.
 */
@Entity
@Table(name = "evidence_report")
@NamedQuery(name = EvidenceReport.BY_REFERENCE, query = "SELECT r FROM EvidenceReport r WHERE r.reference = :reference")
@NamedQuery(name = EvidenceReport.FOR_ACCOUNT, query = "SELECT r FROM EvidenceReport r WHERE r.accountId = :account"
        + " ORDER BY r.issuedAt DESC, r.id DESC")
@NamedQuery(name = EvidenceReport.LAST_VERSION, query = "SELECT MAX(r.reportVersion) FROM EvidenceReport r WHERE r.series = :series")
public class EvidenceReport {

    public static final String BY_REFERENCE = "EvidenceReport.byReference";
    public static final String FOR_ACCOUNT = "EvidenceReport.forAccount";
    public static final String LAST_VERSION = "EvidenceReport.lastVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_report_seq")
    @SequenceGenerator(name = "evidence_report_seq", sequenceName = "evidence_report_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(nullable = false, updatable = false)
    private String series;
    @Column(name = "report_version", nullable = false, updatable = false)
    private int reportVersion;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(name = "key_id", updatable = false)
    private String keyId;
    @Column(name = "window_from", nullable = false, updatable = false)
    private Instant windowFrom;
    @Column(name = "window_to", nullable = false, updatable = false)
    private Instant windowTo;
    @Column(name = "integration_code", updatable = false)
    private String integrationCode;
    @Column(name = "incident_ref", updatable = false)
    private String incidentRef;
    @Column(nullable = false, updatable = false, precision = 9, scale = 1)
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Conclusion conclusion;
    @Column(name = "case_ticket", updatable = false)
    private String caseTicket;
    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;
    @Column(name = "issued_role", nullable = false, updatable = false)
    private String issuedRole;
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;
    @Column(nullable = false, updatable = false)
    private String content;
    @Version
    private long version;

    protected EvidenceReport() {
    }

    public EvidenceReport(EvidenceReportView v, String series, String content) {
        this.reference = v.reference();
        this.series = series;
        this.reportVersion = v.version();
        this.accountId = v.accountId();
        this.keyId = v.keyId();
        this.windowFrom = v.from();
        this.windowTo = v.to();
        this.integrationCode = v.integration() == null ? null : v.integration().code();
        this.incidentRef = v.incident() == null ? null : v.incident().reference();
        this.score = BigDecimal.valueOf(v.score().score()).setScale(1, java.math.RoundingMode.HALF_UP);
        this.conclusion = v.score().conclusion();
        this.caseTicket = v.caseTicket();
        this.issuedBy = v.issuedBy();
        this.issuedRole = v.issuedRole();
        this.issuedAt = v.issuedAt();
        this.content = content;
    }

    public String reference() {
        return reference;
    }

    public String accountId() {
        return accountId;
    }

    public String content() {
        return content;
    }

    public int reportVersion() {
        return reportVersion;
    }

    public Conclusion conclusion() {
        return conclusion;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public EvidenceReportView.Row row() {
        return new EvidenceReportView.Row(reference, reportVersion, accountId, keyId, windowFrom, windowTo,
                score.doubleValue(), conclusion, issuedBy, issuedAt);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("reference", reference).with("version", reportVersion).with("accountId", accountId)
                .with("keyId", keyId).with("from", windowFrom).with("to", windowTo).with("integration", integrationCode)
                .with("incident", incidentRef).with("score", score.toPlainString()).with("conclusion", conclusion)
                .with("caseTicket", caseTicket);
    }
}
