package io.redress.web.shell;

import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.staff.application.StaffPreferences;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language the console speaks to the signed-in person: the one they chose (kept with their preferences, so it
 * follows them to the next sign-in), else the browser's ({@link ConsoleViewHandler} asks here for every view). The
 * choice is read once per session; the header's switcher changes it.
 */
@Named
@SessionScoped
public class ConsoleLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each language named in itself, as a switcher shows it. */
    private static final Map<String, String> NAMES = Map.of("en", "English", "fr", "Français", "ja", "日本語");

    @Inject
    transient StaffPreferences preferences;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private String readFor;
    private String chosen;

    /** The signed-in person's own language, or empty (signed out, or none chosen): the browser's applies. */
    public Optional<Locale> chosen() {
        String name = actor.get().name();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (!name.equals(readFor)) {
            chosen = preferences.language(name).orElse(null);
            readFor = name;
        }
        return Optional.ofNullable(chosen).map(Locale::forLanguageTag);
    }

    public List<String> getLanguages() {
        return preferences.languages();
    }

    public String name(String language) {
        return NAMES.getOrDefault(language, language);
    }

    /** The language the current page is written in. */
    public String getCurrent() {
        return faces.getViewRoot() == null ? "en" : faces.getViewRoot().getLocale().getLanguage();
    }

    /** The person switches language: kept (and audited) with their preferences; the page is shown again in it. */
    public String choose(String language) {
        try {
            chosen = preferences.chooseLanguage(actor.get(), language);
            readFor = actor.get().name();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of());
            return null;
        }
        faces.getViewRoot().setLocale(Locale.forLanguageTag(chosen));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
