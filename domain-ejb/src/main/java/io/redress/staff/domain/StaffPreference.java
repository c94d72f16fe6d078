package io.redress.staff.domain;

import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/** A staff member's own console preferences; written only by that person. */
@Entity
@Table(name = "staff_preference")
public class StaffPreference {

    @Id
    private String username;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    private Long version;

    protected StaffPreference() {
    }

    public StaffPreference(String username, ZoneId zone, Instant now) {
        this.username = username;
        chooseTimeZone(zone, now);
    }

    public void chooseTimeZone(ZoneId zone, Instant now) {
        this.timeZone = zone.normalized().equals(java.time.ZoneOffset.UTC) ? TimeZoneChoice.UTC : zone.getId();
        this.changedAt = now;
    }

    public ZoneId timeZone() {
        return TimeZoneChoice.stored(timeZone);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("username", username).with("timeZone", timeZone);
    }
}
