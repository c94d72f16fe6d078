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
    @Column(name = "language")
    private String language;
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

    /** A person who chose a language before any time zone reads times in UTC, as without a preference. */
    public static StaffPreference withLanguage(String username, String language, Instant now) {
        StaffPreference preference = new StaffPreference(username, java.time.ZoneOffset.UTC, now);
        preference.chooseLanguage(language, now);
        return preference;
    }

    /** {@code language} is one of {@link LanguageChoice#SUPPORTED}. */
    public void chooseLanguage(String language, Instant now) {
        if (language == null || !LanguageChoice.SUPPORTED.contains(language)) {
            throw new IllegalArgumentException("not a console language: " + language);
        }
        this.language = language;
        this.changedAt = now;
    }

    public java.util.Optional<String> language() {
        return LanguageChoice.stored(language);
    }

    public ZoneId timeZone() {
        return TimeZoneChoice.stored(timeZone);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("username", username).with("timeZone", timeZone).with("language", language);
    }
}
