package io.redress.staff.application;

import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.staff.domain.PasswordHasher;
import io.redress.staff.domain.StaffMember;
import io.redress.staff.domain.StaffRules;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure someone can sign in. In demo mode: one account per role, and a second one for each role that
 * approves (SUPERVISOR, COMPLIANCE), so that four eyes and an uninvolved appeal reviewer are possible; new random
 * passwords at every start, printed to the log and written to the demo-logins file. Otherwise: only an initial administrator,
 * whose password must come from REDRESS_ADMIN_PASSWORD while no enabled administrator exists; without it
 * Redress refuses to start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    record DemoLogin(String username, String displayName, Role role) {
    }

    static final List<DemoLogin> DEMO_LOGINS = List.of(
            new DemoLogin("agent", "Alex Agent", Role.AGENT),
            new DemoLogin("supervisor", "Sam Supervisor", Role.SUPERVISOR),
            new DemoLogin("supervisor2", "Sky Supervisor", Role.SUPERVISOR),
            new DemoLogin("security", "Sec Analyst", Role.SECURITY),
            new DemoLogin("compliance", "Chris Compliance", Role.COMPLIANCE),
            new DemoLogin("compliance2", "Casey Compliance", Role.COMPLIANCE),
            new DemoLogin("auditor", "Ari Auditor", Role.AUDITOR),
            new DemoLogin("admin", "Ada Admin", Role.ADMIN),
            new DemoLogin("exchange", "Exchange core systems", Role.INTEGRATION));

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;
    @Inject
    @ConfigProperty(name = Setting.DEMO_LOGINS_FILE)
    Optional<String> demoLoginsFile;
    @Inject
    @ConfigProperty(name = Setting.ADMIN_USERNAME, defaultValue = "admin")
    String adminUsername;
    @Inject
    @ConfigProperty(name = Setting.ADMIN_PASSWORD)
    Optional<String> adminPassword;

    @PostConstruct
    void ensureSomeoneCanSignIn() {
        if (demo) {
            seedDemoLogins();
        } else {
            ensureInitialAdministrator();
        }
    }

    private void seedDemoLogins() {
        List<String> lines = new ArrayList<>();
        for (DemoLogin login : DEMO_LOGINS) {
            String password = randomPassword();
            Optional<StaffMember> existing = find(login.username());
            StaffMember member;
            if (existing.isPresent()) {
                member = existing.get();
                member.changePassword(PasswordHasher.hash(password.toCharArray()));
                member.enable();
                member.assignRoles(EnumSet.of(login.role()));
            } else {
                member = new StaffMember(login.username(), login.displayName(), EnumSet.of(login.role()),
                        PasswordHasher.hash(password.toCharArray()), clock.instant());
                em.persist(member);
                audit.record(Actor.system(), "SYSTEM", "STAFF_CREATED", StaffService.ENTITY, login.username(), null,
                        member.snapshot().toJson(), "demo mode");
            }
            lines.add(line(login, password));
        }
        String text = String.join("\n", lines) + "\n";
        LOG.info(() -> "Redress demo mode. Demo logins (role, username, password):\n" + text);
        demoLoginsFile.filter(f -> !f.isBlank()).ifPresent(f -> {
            try {
                Path path = Path.of(f);
                Files.createDirectories(path.toAbsolutePath().getParent());
                Files.writeString(path, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.warning("Could not write the demo logins to " + f + ": " + e.getMessage());
            }
        });
    }

    /** Role, username, password separated by spaces: CI reads the file with awk ({@code $1 == "AGENT"}). */
    static String line(DemoLogin login, String password) {
        return String.format("%-11s %-12s %s", login.role(), login.username(), password);
    }

    private void ensureInitialAdministrator() {
        long admins = em.createNamedQuery(StaffMember.COUNT_WITH_ROLE_TEXT, Long.class)
                .setParameter("role", "%" + Role.ADMIN.name() + "%").getSingleResult();
        if (admins > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "Redress has no enabled administrator. Set REDRESS_ADMIN_PASSWORD (at least "
                        + StaffRules.MIN_PASSWORD_LENGTH + " characters) for the initial administrator '"
                        + adminUsername + "', or run in demo mode (REDRESS_DEMO=true)."));
        var errors = StaffRules.checkNew(adminUsername, "Administrator", EnumSet.of(Role.ADMIN), password.toCharArray());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The initial administrator is invalid: " + errors);
        }
        if (find(adminUsername).isPresent()) {
            throw new IllegalStateException("The account '" + adminUsername
                    + "' exists but is not an enabled administrator; fix it in the database or choose REDRESS_ADMIN_USERNAME");
        }
        StaffMember admin = new StaffMember(adminUsername, "Administrator", EnumSet.of(Role.ADMIN),
                PasswordHasher.hash(password.toCharArray()), clock.instant());
        em.persist(admin);
        audit.record(Actor.system(), "SYSTEM", "STAFF_CREATED", StaffService.ENTITY, adminUsername, null,
                admin.snapshot().toJson(), "initial administrator");
        LOG.info(() -> "Created the initial administrator '" + adminUsername + "'");
    }

    private Optional<StaffMember> find(String username) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
