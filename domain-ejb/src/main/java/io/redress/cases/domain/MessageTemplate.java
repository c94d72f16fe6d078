package io.redress.cases.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * A customer message template in one language; seeded by the migrations and never changed by the application, so
 * it is kept in the shared cache: rendering a message (every case intake) does not read it again.
 */
@Entity
@Cacheable
@Table(name = "message_template")
@IdClass(MessageTemplate.Key.class)
// the codes staff may write a case's message with: not screening's notices, which only screening sends
@NamedQuery(name = MessageTemplate.CODES, query = "SELECT DISTINCT t.code FROM MessageTemplate t"
        + " WHERE t.code NOT LIKE 'SCREENING!_%' ESCAPE '!' ORDER BY t.code")
public class MessageTemplate {

    public static final String CODES = "MessageTemplate.codes";
    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";

    /** The primary key (code, language). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String language;

        public Key() {
        }

        public Key(String code, String language) {
            this.code = code;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(code, k.code) && java.util.Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(code, language);
        }
    }

    @Id
    private String code;
    @Id
    private String language;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Version
    private Long version;

    protected MessageTemplate() {
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String code() {
        return code;
    }
}
