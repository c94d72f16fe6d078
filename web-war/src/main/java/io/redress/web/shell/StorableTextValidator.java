package io.redress.web.shell;

import io.redress.shared.domain.StorableText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/** Every text a console form submits passes the one rule for storable text; the message names the field. */
@FacesValidator(value = "redress.StorableText", isDefault = true)
public class StorableTextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text) {
            StorableText.problem(text).ifPresent(problem -> {
                Object label = component.getAttributes().get("label");
                String field = label == null ? component.getId() : label.toString();
                throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, field + ": " + problem, null));
            });
        }
    }
}
