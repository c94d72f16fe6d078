package io.redress.cases.application;

import io.redress.cases.api.MessageTemplates;
import io.redress.cases.domain.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The customer message templates, each compiled once per code and language by this instance (the catalogue,
 * {@link TemplateCatalogue}, keeps what it read; this keeps the compiled form, so intake acknowledges every case
 * without parsing its template again). The migrations seed them and the application never changes them (a new
 * template comes with a new migration, so with a restart). An unknown template is not remembered.
 */
@ApplicationScoped
public class CompiledTemplates {

    /** A template ready to fill: the language it was found in (English when the asked one is missing). */
    public record Compiled(String code, String language, TemplateText.Compiled subject, TemplateText.Compiled body) {
    }

    @Inject
    MessageTemplates catalogue;

    private final ConcurrentMap<String, Compiled> known = new ConcurrentHashMap<>();

    /** The template in the language, or in English when there is none in that language; empty when unknown. */
    public Optional<Compiled> find(String code, String language) {
        String key = code + '\n' + language;
        Compiled c = known.get(key);
        if (c == null) {
            c = read(code, language);
            if (c != null) {
                known.putIfAbsent(key, c);
            }
        }
        return Optional.ofNullable(c);
    }

    /** The catalogue's template (its language, or English), compiled. */
    private Compiled read(String code, String language) {
        return catalogue.find(code, language).map(t -> new Compiled(code, t.language(),
                TemplateText.compile(t.subject()), TemplateText.compile(t.body()))).orElse(null);
    }
}
