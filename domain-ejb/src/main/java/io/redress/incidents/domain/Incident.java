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
import java.time.Instant;

/** A third-party incident: SECURITY believes an integration's keys are exposed since a moment. */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.BY_REFERENCE, query = "SELECT i FROM Incident i WHERE i.reference = :reference")
@NamedQuery(name = Incident.NEWEST, query = "SELECT i FROM Incident i ORDER BY i.declaredAt DESC, i.id DESC")
public class Incident {

    public static final String BY_REFERENCE = "Incident.byReference";
    public static final String NEWEST = "Incident.newest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "integration_code", nullable = false, updatable = false)
    private String integrationCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;
    @Column(name = "suspected_since", nullable = false)
    private Instant suspectedSince;
    @Column(nullable = false)
    private String known;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentState state;
    @Column(name = "declared_by", nullable = false, updatable = false)
    private String declaredBy;
    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;
    @Version
    private long version;

    protected Incident() {
    }

    public Incident(String reference, String integrationCode, Severity severity, Instant suspectedSince, String known,
                    String declaredBy, Instant now) {
        this.reference = reference;
        this.integrationCode = integrationCode;
        this.severity = severity;
        this.suspectedSince = suspectedSince;
        this.known = known.strip();
        this.state = IncidentState.OPEN;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
    }

    public void close() {
        IncidentRules.checkOpen(state);
        this.state = IncidentState.CLOSED;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public String integrationCode() {
        return integrationCode;
    }

    public Instant suspectedSince() {
        return suspectedSince;
    }

    public Severity severity() {
        return severity;
    }

    public IncidentState state() {
        return state;
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("reference", reference).with("integration", integrationCode)
                .with("severity", severity.name()).with("suspectedSince", suspectedSince).with("known", known)
                .with("state", state.name());
    }

    public IncidentView view(String integrationName) {
        return new IncidentView(reference, integrationCode, integrationName, severity, suspectedSince, known, state,
                declaredBy, declaredAt, version);
    }
}
