package io.redress.web.restrictions;

import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Refusals shown inside a dialog: field errors next to their fields (as {@link Messages#refusal} does), and
 * a rule, role or version refusal under the dialog's own message key, so it is read where the decision is
 * being made instead of behind the modal mask.
 */
final class Refusals {

    private Refusals() {
    }

    static void inDialog(FacesContext faces, RedressException e, Map<String, String> fieldToClientId, String dialogKey) {
        if (e instanceof InvalidInput) {
            Messages.refusal(faces, e, fieldToClientId);
            return;
        }
        faces.addMessage(dialogKey, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.refusalText(faces, e), null));
        faces.validationFailed();
    }
}
