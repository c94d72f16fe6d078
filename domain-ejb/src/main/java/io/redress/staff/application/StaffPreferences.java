package io.redress.staff.application;

import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import io.redress.staff.domain.LanguageChoice;
import io.redress.staff.domain.StaffPreference;
import io.redress.staff.domain.TimeZoneChoice;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A staff member's own console preferences: the time zone the console shows times in (UTC until one is chosen) and the
 * language it is written in (the browser's until one is chosen).
 */
@Stateless
public class StaffPreferences {

    static final String ENTITY = "StaffPreference";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The zone {@code username} reads times in. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ZoneId timeZone(String username) {
        return Optional.ofNullable(em.find(StaffPreference.class, username)).map(StaffPreference::timeZone)
                .orElse(ZoneOffset.UTC);
    }

    /** The signed-in person chooses their own time zone; nobody chooses it for another. */
    public ZoneId chooseTimeZone(Actor actor, String zone) {
        String role = access.require(actor, Permission.STAFF_PREFERENCES);
        List<FieldError> errors = new ArrayList<>();
        ZoneId chosen = TimeZoneChoice.parse(zone, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return save(actor, role, p -> p.chooseTimeZone(chosen, clock.instant())).timeZone();
    }

    /** The language {@code username} chose for the console; empty: the browser's language applies. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> language(String username) {
        return Optional.ofNullable(em.find(StaffPreference.class, username)).flatMap(StaffPreference::language);
    }

    /** The signed-in person chooses the console's language for themselves (en, fr or ja); answers the language. */
    public String chooseLanguage(Actor actor, String language) {
        String role = access.require(actor, Permission.STAFF_PREFERENCES);
        List<FieldError> errors = new ArrayList<>();
        String chosen = LanguageChoice.parse(language, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        save(actor, role, p -> p.chooseLanguage(chosen, clock.instant()));
        return chosen;
    }

    /**
     * The person's preferences with one choice applied — a new row (UTC, the browser's language) when they had none —,
     * written at once so that a change in another window is refused, and audited.
     */
    private StaffPreference save(Actor actor, String role, Consumer<StaffPreference> choice) {
        StaffPreference preference = em.find(StaffPreference.class, actor.name());
        String before = preference == null ? null : preference.snapshot().toJson();
        if (preference == null) {
            preference = new StaffPreference(actor.name(), ZoneOffset.UTC, clock.instant());
            choice.accept(preference);
            em.persist(preference);
        } else {
            choice.accept(preference);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Your preferences were changed in another window at the same time");
        }
        audit.record(actor, role, "STAFF_PREFERENCE_CHANGED", ENTITY, actor.name(), before, preference.snapshot().toJson(),
                null);
        return preference;
    }

    public List<String> languages() {
        return LanguageChoice.SUPPORTED;
    }

    public List<String> timeZones() {
        return TimeZoneChoice.choices();
    }
}
