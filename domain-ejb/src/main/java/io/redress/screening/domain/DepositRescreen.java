package io.redress.screening.domain;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A re-screening of a deposit that found new exposure after a list import gained addresses: the exposure traced then
 * (the JSON a screening keeps), and what the policy would decide on it today. It changes nothing on the deposit (no
 * hold, no freeze: an alert asks compliance to look); the next re-screening compares against it. Written once.
 */
@Entity
@Table(name = "deposit_rescreen")
@NamedQuery(name = DepositRescreen.OF_SCREENINGS,
        query = "SELECT r FROM DepositRescreen r WHERE r.screeningId IN :screenings ORDER BY r.screeningId, r.id")
@NamedQuery(name = DepositRescreen.LATEST_OF_SCREENING,
        query = "SELECT r FROM DepositRescreen r WHERE r.screeningId = :screening ORDER BY r.id DESC")
public class DepositRescreen {

    public static final String OF_SCREENINGS = "DepositRescreen.ofScreenings";
    public static final String LATEST_OF_SCREENING = "DepositRescreen.latestOfScreening";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposit_rescreen_seq")
    @SequenceGenerator(name = "deposit_rescreen_seq", sequenceName = "deposit_rescreen_seq", allocationSize = 50)
    private Long id;
    @Column(name = "screening_id", nullable = false, updatable = false)
    private long screeningId;
    @Column(name = "list_import_id", nullable = false, updatable = false)
    private long listImportId;
    @Column(name = "job_id", updatable = false)
    private Long jobId;
    @Column(name = "rescreened_at", nullable = false, updatable = false)
    private Instant rescreenedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "would_be", nullable = false, updatable = false)
    private ScreeningPolicy.Measure wouldBe;
    @Column(name = "would_be_reasons", nullable = false, updatable = false)
    private String wouldBeReasons;
    @Column(nullable = false, updatable = false)
    private String exposure;
    @Version
    private Long version;

    protected DepositRescreen() {
    }

    public DepositRescreen(long screeningId, long listImportId, Long jobId, ScreeningPolicy.Verdict wouldBe, String exposureJson,
                           Instant now) {
        this.screeningId = screeningId;
        this.listImportId = listImportId;
        this.jobId = jobId;
        this.wouldBe = wouldBe.measure();
        this.wouldBeReasons = String.join(" ", wouldBe.reasons());
        this.exposure = exposureJson;
        this.rescreenedAt = now;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("screeningId", screeningId).with("listImportId", listImportId).with("jobId", jobId)
                .with("wouldBe", wouldBe).with("wouldBeReasons", wouldBeReasons);
    }

    public long id() {
        return id;
    }

    public long screeningId() {
        return screeningId;
    }

    public long listImportId() {
        return listImportId;
    }

    public Long jobId() {
        return jobId;
    }

    public Instant rescreenedAt() {
        return rescreenedAt;
    }

    public ScreeningPolicy.Measure wouldBe() {
        return wouldBe;
    }

    public List<String> wouldBeReasons() {
        return wouldBeReasons.isEmpty() ? List.of() : Arrays.asList(wouldBeReasons.split(" "));
    }

    public String exposureJson() {
        return exposure;
    }

    /** The subject of the alert it raised: the deposit's screening, and this re-screening of it. */
    public String alertSubject() {
        return "deposit-screening:" + screeningId + "/rescreen:" + id;
    }
}
