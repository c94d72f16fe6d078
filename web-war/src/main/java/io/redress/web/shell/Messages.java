package io.redress.web.shell;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;

/** Labels from the resource bundle, and domain refusals turned into messages next to the right field. */
public final class Messages {

    private Messages() {
    }

    public static String text(FacesContext faces, String key, Object... args) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /**
     * A refusal as its reader reads it: on an English page the domain's own sentence; in another language the bundle's
     * {@code refusal.<rule>} with the values the domain named, when the domain named enough of them for that sentence
     * (else the English sentence, rather than a sentence with a hole).
     */
    public static String refusalText(FacesContext faces, String rule, java.util.List<String> arguments, String english) {
        java.util.Locale locale = faces.getViewRoot() == null ? java.util.Locale.ENGLISH : faces.getViewRoot().getLocale();
        if (rule == null || "en".equals(locale.getLanguage())) {
            return english;
        }
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        // a rule said in several ways (an appeal too late, or already answered) has a sentence per number of values
        String key = bundle.containsKey("refusal." + rule + "." + arguments.size()) ? "refusal." + rule + "." + arguments.size()
                : "refusal." + rule;
        if (!bundle.containsKey(key)) {
            return english;
        }
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        if (format.getFormatsByArgumentIndex().length > arguments.size()) {
            return english;
        }
        return format.format(arguments.toArray());
    }

    /** The sentence a refusal is shown with, in the page's language where the bundle has it (see {@link #refusalText}). */
    public static String refusalText(FacesContext faces, RedressException e) {
        if (e instanceof RuleViolation violation && violation.rules().size() == 1) {
            return refusalText(faces, violation.rule(), violation.arguments().isEmpty() ? java.util.List.of()
                    : violation.arguments().get(0), e.getMessage());
        }
        if (e instanceof RuleViolation violation && !violation.messages().isEmpty()) {
            java.util.List<String> sentences = new java.util.ArrayList<>();
            for (int i = 0; i < violation.rules().size(); i++) {
                sentences.add(refusalText(faces, violation.rules().get(i),
                        violation.arguments().isEmpty() ? java.util.List.of() : violation.arguments().get(i), violation.messages().get(i)));
            }
            return String.join("; ", sentences);
        }
        if (e instanceof RuleViolation) {
            return e.getMessage();
        }
        if (e instanceof InvalidInput invalid && invalid.errors().size() == 1
                && e.getMessage().equals(invalid.errors().get(0).field() + ": " + invalid.errors().get(0).message())) {
            return invalid.errors().get(0).field() + ": " + fieldErrorText(faces, invalid.errors().get(0));
        }
        return refusalText(faces, e.type(), java.util.List.of(), e.getMessage());
    }

    /**
     * A bad field's sentence as its reader reads it: on an English page the domain's own sentence; in another language
     * the bundle's {@code field.<code>} with the values the domain named (else the English sentence, rather than a
     * sentence with a hole).
     */
    public static String fieldErrorText(FacesContext faces, FieldError error) {
        java.util.Locale locale = faces.getViewRoot() == null ? java.util.Locale.ENGLISH : faces.getViewRoot().getLocale();
        return "en".equals(locale.getLanguage()) ? error.message()
                : fieldErrorText(locale, faces.getApplication().getResourceBundle(faces, "msg"), error);
    }

    /** As {@link #fieldErrorText(FacesContext, FieldError)}, with the page's language and bundle given. */
    static String fieldErrorText(java.util.Locale locale, ResourceBundle bundle, FieldError error) {
        String key = error.code() == null ? null : "field." + error.code().key();
        if (key == null || "en".equals(locale.getLanguage()) || !bundle.containsKey(key)) {
            return error.message();
        }
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        if (format.getFormatsByArgumentIndex().length > error.arguments().size()) {
            return error.message();
        }
        return format.format(error.arguments().toArray());
    }

    public static void info(FacesContext faces, String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, args), null));
    }

    /**
     * Shows a refusal: each bad field's message goes to the component whose client id is mapped to it
     * (so it appears next to the field), everything else to the page's global messages.
     */
    public static void refusal(FacesContext faces, RedressException e, Map<String, String> fieldToClientId) {
        refusal(faces, e, fieldToClientId, Map.of());
    }

    /**
     * As {@link #refusal(FacesContext, RedressException, Map)}, and a rule refusal's sentences next to the field each
     * rule concerns ({@code ruleToClientId}: rule code to client id), the others at the top.
     */
    public static void refusal(FacesContext faces, RedressException e, Map<String, String> fieldToClientId,
                               Map<String, String> ruleToClientId) {
        if (e instanceof RuleViolation violation && !violation.messages().isEmpty() && !ruleToClientId.isEmpty()) {
            for (int i = 0; i < violation.rules().size(); i++) {
                String text = refusalText(faces, violation.rules().get(i),
                        violation.arguments().isEmpty() ? java.util.List.of() : violation.arguments().get(i), violation.messages().get(i));
                faces.addMessage(ruleToClientId.get(violation.rules().get(i)), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        } else if (e instanceof InvalidInput invalid) {
            for (FieldError error : invalid.errors()) {
                String clientId = fieldToClientId.get(error.field());
                String text = fieldErrorText(faces, error);
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        clientId == null ? error.field() + ": " + text : text, null));
            }
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusalText(faces, e), null));
        }
        faces.validationFailed();
    }
}
