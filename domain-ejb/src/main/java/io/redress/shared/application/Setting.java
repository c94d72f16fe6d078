package io.redress.shared.application;

/**
 * Every configuration key Redress reads, in one place. Each is a MicroProfile Config property, so the
 * environment variable of the same name in upper case with underscores overrides it
 * (e.g. {@code redress.db.url} is {@code REDRESS_DB_URL}).
 */
public enum Setting {
    DB_URL("redress.db.url"),
    DB_USER("redress.db.user"),
    DB_PASSWORD("redress.db.password"),
    /** {@code true} seeds one staff member per role with fresh passwords at every start. */
    DEMO("redress.demo"),
    /** Where demo mode writes the demo logins so the run command can print them. */
    DEMO_LOGINS_FILE("redress.demo.logins-file"),
    /** Outside demo mode: the initial administrator's password, required while no administrator exists. */
    ADMIN_PASSWORD("redress.admin.password"),
    ADMIN_USERNAME("redress.admin.username");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
