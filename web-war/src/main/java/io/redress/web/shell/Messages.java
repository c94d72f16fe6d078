package io.redress.web.shell;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.InvalidInput;
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

    public static void info(FacesContext faces, String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, args), null));
    }

    /**
     * Shows a refusal: each bad field's message goes to the component whose client id is mapped to it
     * (so it appears next to the field), everything else to the page's global messages.
     */
    public static void refusal(FacesContext faces, RedressException e, Map<String, String> fieldToClientId) {
        if (e instanceof InvalidInput invalid) {
            for (FieldError error : invalid.errors()) {
                String clientId = fieldToClientId.get(error.field());
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        clientId == null ? error.field() + ": " + error.message() : error.message(), null));
            }
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        faces.validationFailed();
    }
}
