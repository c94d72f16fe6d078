package io.redress.cases.application;

import io.redress.cases.api.MessageTemplates;
import io.redress.cases.domain.MessageTemplate;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link MessageTemplates} on the message_template table (kept in the shared cache: read once). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TemplateCatalogue implements MessageTemplates {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Optional<Template> find(String code, String language) {
        MessageTemplate t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, language));
        String found = language;
        if (t == null) {
            t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, "en"));
            found = "en";
        }
        return t == null ? Optional.empty() : Optional.of(new Template(code, found, t.subject(), t.body()));
    }
}
