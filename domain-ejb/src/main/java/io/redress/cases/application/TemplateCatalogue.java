package io.redress.cases.application;

import io.redress.cases.api.MessageTemplates;
import io.redress.cases.domain.MessageTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link MessageTemplates} on the message_template table, each (code, language) read once: the migrations seed the
 * templates and the application never changes them. Kept here rather than in JPA's shared cache, which did not answer
 * {@code find} by the composite key (every held deposit's letter read its template again). A CDI bean, not an EJB: it
 * only reads, in its caller's transaction if there is one (what the EJB's SUPPORTS did).
 */
@ApplicationScoped
public class TemplateCatalogue implements MessageTemplates {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    /** Far more than the catalogue's (code, language) pairs: a bound on what requests naming a language could add. */
    private static final int MAX_KEPT = 10_000;

    private final Map<String, Optional<Template>> read = new ConcurrentHashMap<>();

    @Override
    public Optional<Template> find(String code, String language) {
        if (code == null || language == null) {
            return load(code, language);
        }
        // a code or language with a NUL cannot be a key of the table (texts here never hold one)
        String key = code + '\0' + language;
        Optional<Template> t = read.get(key);
        if (t == null) {
            t = load(code, language);
            // a template found is kept; a miss (a code or language someone typed) is not, nor more than MAX_KEPT
            if (t.isPresent() && read.size() < MAX_KEPT) {
                read.putIfAbsent(key, t);
            }
        }
        return t;
    }

    private Optional<Template> load(String code, String language) {
        MessageTemplate t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, language));
        String found = language;
        if (t == null) {
            t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, "en"));
            found = "en";
        }
        return t == null ? Optional.empty() : Optional.of(new Template(code, found, t.subject(), t.body()));
    }
}
