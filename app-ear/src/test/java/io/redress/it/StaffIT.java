package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.AuditQuery;
import io.redress.audit.domain.AuditRecord;
import io.redress.it.support.RedressDeployment;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
import io.redress.staff.application.StaffAuthenticator;
import io.redress.staff.application.StaffAuthenticator.Channel;
import io.redress.staff.application.StaffService;
import io.redress.staff.domain.StaffView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff identity: accounts, PBKDF2 passwords, roles, disabling, and the audit of all of it. */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @EJB
    StaffService staff;
    @EJB
    StaffAuthenticator authenticator;
    @EJB
    AuditLog auditLog;
    @Resource(lookup = "java:app/jdbc/redress")
    DataSource dataSource;

    private final Actor admin = new Actor("it-admin-" + UUID.randomUUID().toString().substring(0, 6),
            EnumSet.of(Role.ADMIN), "127.0.0.1");
    private final Actor auditor = new Actor("it-auditor", EnumSet.of(Role.AUDITOR), "127.0.0.1");

    private static String name() {
        return "it-" + UUID.randomUUID().toString().substring(0, 10);
    }

    private List<AuditRecord> audit(String action, String entityId) {
        return auditLog.search(auditor, new AuditQuery(null, action, null, entityId, null, null, null), 0, 50).items();
    }

    @Test
    void anAdministratorCreatesStaffWhoCanThenSignIn() {
        String username = name();
        StaffView created = staff.create(admin, username, "Pat Agent", EnumSet.of(Role.AGENT, Role.SUPERVISOR),
                "correct horse battery".toCharArray());
        assertEquals(Set.of(Role.AGENT, Role.SUPERVISOR), created.roles());
        var signedIn = authenticator.authenticate(username, "correct horse battery".toCharArray(), "127.0.0.1", Channel.CONSOLE);
        assertTrue(signedIn.isPresent());
        assertEquals(Set.of(Role.AGENT, Role.SUPERVISOR), signedIn.get().roles());

        AuditRecord entry = audit("STAFF_CREATED", username).get(0);
        assertEquals(admin.name(), entry.actor());
        assertEquals("ADMIN", entry.actorRole());
        assertTrue(entry.after().contains("\"roles\":[\"AGENT\",\"SUPERVISOR\"]"), entry.after());
        assertEquals(1, audit("LOGIN", username).size());
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesNeverInClear() throws Exception {
        String username = name();
        staff.create(admin, username, "Hash Check", EnumSet.of(Role.AGENT), "a very secret phrase".toCharArray());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM staff_member WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                String hash = rs.getString(1);
                assertTrue(hash.startsWith("pbkdf2-sha256$210000$"), hash);
                assertTrue(!hash.contains("secret"));
            }
        }
    }

    @Test
    void badStaffDataIsRefusedFieldByField() {
        String username = name();
        staff.create(admin, username, "First", EnumSet.of(Role.AGENT), "long enough password".toCharArray());
        InvalidInput duplicate = assertThrows(InvalidInput.class, () -> staff.create(admin, username, "Second",
                EnumSet.of(Role.AGENT), "long enough password".toCharArray()));
        assertEquals("username", duplicate.errors().get(0).field());

        InvalidInput bad = assertThrows(InvalidInput.class, () -> staff.create(admin, "X Y", "",
                EnumSet.noneOf(Role.class), "short".toCharArray()));
        assertEquals(Set.of("username", "displayName", "roles", "password"),
                Set.copyOf(bad.errors().stream().map(e -> e.field()).toList()));

        InvalidInput mixed = assertThrows(InvalidInput.class, () -> staff.create(admin, name(), "Bot",
                EnumSet.of(Role.INTEGRATION, Role.ADMIN), "long enough password".toCharArray()));
        assertEquals("roles", mixed.errors().get(0).field());
    }

    @Test
    void onlyAnAdministratorManagesStaffAndARefusalIsAudited() {
        Actor agent = new Actor("it-agent-" + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(Role.AGENT), "10.0.0.9");
        assertThrows(AccessDenied.class, () -> staff.create(agent, name(), "Sneaky", EnumSet.of(Role.ADMIN),
                "long enough password".toCharArray()));
        List<AuditRecord> denied = auditLog.search(auditor,
                new AuditQuery(agent.name(), "ACCESS_DENIED", null, null, null, null, null), 0, 10).items();
        assertEquals(1, denied.size());
        assertEquals("staff.create", denied.get(0).entityId());
        assertEquals("10.0.0.9", denied.get(0).origin());
    }

    /** The staff screen's table: a page at a time, narrowed by name and role; a filter it does not know is refused. */
    @Test
    void theStaffTablePagesAndNarrowsByNameAndRole() {
        String team = "it-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(admin, team + "-a", "Team Agent", EnumSet.of(Role.AGENT), "long enough password".toCharArray());
        staff.create(admin, team + "-b", "Team Auditor", EnumSet.of(Role.AUDITOR), "long enough password".toCharArray());
        StaffView gone = staff.create(admin, team + "-c", "Team Leaver", EnumSet.of(Role.AGENT, Role.SUPERVISOR),
                "long enough password".toCharArray());
        staff.disable(admin, gone.username(), gone.version(), "Left the team on 2 December");

        TablePage<StaffView> all = staff.table(admin, new TableQuery(0, 2, null, false, Map.of("username", team.toUpperCase())));
        assertEquals(3, all.total(), "the user name filter ignores case");
        assertEquals(List.of(team + "-a", team + "-b"), all.rows().stream().map(StaffView::username).toList());
        assertEquals(List.of(team + "-c"), staff.table(admin, new TableQuery(2, 2, null, false, Map.of("username", team)))
                .rows().stream().map(StaffView::username).toList());
        assertEquals(List.of(team + "-c", team + "-a"), staff.table(admin, new TableQuery(0, 5, "username", true,
                Map.of("username", team, "role", "AGENT"))).rows().stream().map(StaffView::username).toList());
        assertTrue(!staff.table(admin, new TableQuery(0, 5, null, false, Map.of("username", team + "-c"))).rows().get(0).enabled(),
                "a disabled member is listed, shown disabled");
        assertEquals(List.of(team + "-b"), staff.table(admin, new TableQuery(0, 5, null, false,
                Map.of("displayName", "team AUD"))).rows().stream().map(StaffView::username).toList());

        InvalidInput bad = assertThrows(InvalidInput.class, () -> staff.table(admin, new TableQuery(0, 5, "password", false,
                Map.of("state", "DISABLED"))));
        assertEquals(Set.of("sort", "state"), Set.copyOf(bad.errors().stream().map(e -> e.field()).toList()));
        InvalidInput noSuchRole = assertThrows(InvalidInput.class, () -> staff.table(admin, new TableQuery(0, 5, null, false,
                Map.of("role", "ROOT"))));
        assertEquals(List.of("role"), noSuchRole.errors().stream().map(e -> e.field()).toList());
        assertThrows(AccessDenied.class, () -> staff.table(auditor, TableQuery.firstPage(20)));
    }

    @Test
    void aDisabledMemberCannotSignInAndFailedAttemptsAreAudited() {
        String username = name();
        StaffView member = staff.create(admin, username, "Soon Gone", EnumSet.of(Role.AGENT), "long enough password".toCharArray());
        assertTrue(authenticator.authenticate(username, "long enough password".toCharArray(), "127.0.0.1", Channel.API).isPresent());
        staff.disable(admin, username, member.version(), "left the company");

        assertTrue(authenticator.activeRoles(username).isEmpty(), "their console session ends on the next request");
        assertTrue(authenticator.authenticate(username, "long enough password".toCharArray(), "127.0.0.1", Channel.API).isEmpty(),
                "the API credential cache was evicted");
        assertTrue(authenticator.authenticate(username, "wrong".toCharArray(), "127.0.0.1", Channel.CONSOLE).isEmpty());
        List<AuditRecord> failures = audit("LOGIN_FAILED", username);
        assertEquals(2, failures.size());
        assertTrue(failures.stream().anyMatch(f -> f.reason().contains("account disabled")));
        assertTrue(failures.stream().anyMatch(f -> f.reason().contains("wrong password")));
        assertTrue(audit("STAFF_DISABLED", username).get(0).reason().contains("left the company"));
    }

    @Test
    void reRolingTakesEffectAtOnceAndStaleChangesAreRefused() {
        String username = name();
        StaffView member = staff.create(admin, username, "Role Change", EnumSet.of(Role.AGENT), "long enough password".toCharArray());
        authenticator.authenticate(username, "long enough password".toCharArray(), "127.0.0.1", Channel.API);
        StaffView changed = staff.assignRoles(admin, username, EnumSet.of(Role.COMPLIANCE), member.version(), "promotion");
        assertEquals(Set.of(Role.COMPLIANCE), authenticator.activeRoles(username).orElseThrow());
        assertEquals(Set.of(Role.COMPLIANCE), authenticator.authenticate(username, "long enough password".toCharArray(),
                "127.0.0.1", Channel.API).orElseThrow().roles());
        assertThrows(StaleVersion.class, () -> staff.disable(admin, username, member.version(), "stale screen"));
        assertTrue(changed.version() > member.version());
    }

    @Test
    void outsideDemoModeOnlyTheInitialAdministratorIsSeeded() {
        List<StaffView> all = staff.list(admin);
        assertTrue(all.stream().anyMatch(s -> s.username().equals("admin") && s.roles().contains(Role.ADMIN) && s.enabled()),
                "the initial administrator from REDRESS_ADMIN_PASSWORD");
        for (String demo : List.of("agent", "supervisor", "supervisor2", "security", "compliance", "compliance2",
                "auditor", "exchange")) {
            assertTrue(all.stream().noneMatch(s -> s.username().equals(demo)), demo + " is a demo login only");
        }
    }
}
