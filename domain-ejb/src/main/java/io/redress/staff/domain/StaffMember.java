package io.redress.staff.domain;

import io.redress.shared.domain.Role;
import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person (or an integration client) who may sign in to Redress, with the roles they hold. */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = StaffMember.BY_USERNAME, query = "SELECT s FROM StaffMember s WHERE s.username = :username")
@NamedQuery(name = StaffMember.ALL, query = "SELECT s FROM StaffMember s ORDER BY s.username")
@NamedQuery(name = StaffMember.COUNT_WITH_ROLE_TEXT,
        query = "SELECT COUNT(s) FROM StaffMember s WHERE s.roles LIKE :role AND s.enabled = TRUE")
public class StaffMember {

    public static final String BY_USERNAME = "StaffMember.byUsername";
    public static final String ALL = "StaffMember.all";
    public static final String COUNT_WITH_ROLE_TEXT = "StaffMember.countWithRoleText";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false)
    private Set<Role> roles;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private Long version;

    protected StaffMember() {
    }

    public StaffMember(String username, String displayName, Set<Role> roles, String passwordHash, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void assignRoles(Set<Role> newRoles) {
        roles = EnumSet.copyOf(newRoles);
    }

    public void rename(String newDisplayName) {
        displayName = newDisplayName;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public boolean passwordMatches(char[] password) {
        return PasswordHasher.matches(password, passwordHash);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("username", username).with("displayName", displayName)
                .with("roles", roles.stream().map(Enum::name).sorted().toList()).with("enabled", enabled);
    }

    public StaffView view() {
        return new StaffView(id, username, displayName, EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles),
                enabled, createdAt, version);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
