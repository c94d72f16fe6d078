package io.redress.apikeys.application;

import io.redress.apikeys.api.IntegrationView;
import io.redress.apikeys.domain.Integration;
import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The managed list of third-party integrations customers give keys to: ADMIN creates, renames and retires them. */
@Stateless
public class IntegrationCatalogue {

    public static final String ENTITY = "Integration";
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    public static final int NAME_MAX = 200;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public List<IntegrationView> list(Actor actor) {
        access.require(actor, Permission.INTEGRATION_READ);
        return em.createNamedQuery(Integration.ALL, Integration.class).getResultList().stream().map(Integration::view).toList();
    }

    public IntegrationView get(Actor actor, String code) {
        access.require(actor, Permission.INTEGRATION_READ);
        return find(code).map(Integration::view).orElseThrow(() -> new NotFound(ENTITY, code));
    }

    public IntegrationView create(Actor actor, String code, String name) {
        String role = access.require(actor, Permission.INTEGRATION_DEFINE);
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "is required: 2 to 64 lower-case letters, digits or '-'"));
        }
        checkName(name, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (find(code).isPresent()) {
            throw RuleViolation.of("integration-exists", "An integration with code " + code + " exists already", code);
        }
        Integration i = new Integration(code, name.strip(), actor.name(), clock.instant());
        em.persist(i);
        em.flush();
        audit.record(actor, role, "INTEGRATION_CREATED", ENTITY, code, null, i.snapshot().toJson(), null);
        return i.view();
    }

    public IntegrationView rename(Actor actor, String code, long expectedVersion, String name) {
        String role = access.require(actor, Permission.INTEGRATION_DEFINE);
        List<FieldError> errors = new ArrayList<>();
        checkName(name, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Integration i = current(code, expectedVersion);
        String before = i.snapshot().toJson();
        i.rename(name.strip());
        return store(actor, role, i, before, "INTEGRATION_RENAMED", null);
    }

    /** Retired: no key can be linked to it any more; the keys linked before keep pointing at it. */
    public IntegrationView retire(Actor actor, String code, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.INTEGRATION_DEFINE);
        if (reason != null && reason.length() > 2000) {
            throw new InvalidInput(FieldError.tooLong("reason", 2000));
        }
        Integration i = current(code, expectedVersion);
        String before = i.snapshot().toJson();
        i.retire(actor.name(), clock.instant());
        return store(actor, role, i, before, "INTEGRATION_RETIRED", reason);
    }

    /** For the registry: the integration a key is linked to, by code (no authorization: the caller has its own). */
    public Optional<Integration> find(String code) {
        return em.createNamedQuery(Integration.BY_CODE, Integration.class).setParameter("code", code).getResultStream().findFirst();
    }

    private Integration current(String code, long expectedVersion) {
        Integration i = find(code).orElseThrow(() -> new NotFound(ENTITY, code));
        if (i.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, code, expectedVersion, i.version());
        }
        return i;
    }

    private IntegrationView store(Actor actor, String role, Integration i, String before, String action, String why) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY + " " + i.code() + " was changed by someone else; read it again");
        }
        audit.record(actor, role, action, ENTITY, i.code(), before, i.snapshot().toJson(),
                why == null || why.isBlank() ? null : why.strip());
        return i.view();
    }

    private static void checkName(String name, List<FieldError> errors) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            errors.add(new FieldError("name", "is required: 1 to " + NAME_MAX + " characters"));
        }
    }
}
