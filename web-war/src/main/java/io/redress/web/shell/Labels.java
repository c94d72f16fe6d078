package io.redress.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A status, priority or other code as people read it, in the page's language: {@code #{label.of('caseState', r.state)}}
 * reads {@code label.caseState.WAITING_ON_CUSTOMER} from the bundle. A code the bundle does not know yet is still shown
 * as words ("Waiting on customer"), never as the internal constant.
 */
@Named("label")
@RequestScoped
public class Labels {

    @Inject
    FacesContext faces;

    private ResourceBundle bundle;

    public String of(String kind, Object value) {
        return of(kind, value, null);
    }

    /**
     * As {@link #of(String, Object)}, but a code the bundle does not know is shown as {@code otherwise} (the domain's
     * own English sentence, say) when there is one.
     */
    public String of(String kind, Object value, String otherwise) {
        if (value == null) {
            return "";
        }
        String code = value instanceof Enum<?> e ? e.name() : value.toString();
        if (code.isBlank()) {
            return "";
        }
        String key = "label." + kind + "." + code;
        ResourceBundle b = bundle();
        return b.containsKey(key) ? b.getString(key) : otherwise != null ? otherwise : words(code);
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = faces.getApplication().getResourceBundle(faces, "msg");
        }
        return bundle;
    }

    /** {@code WAITING_ON_CUSTOMER} as "Waiting on customer"; anything not an upper-case constant as it is. */
    public static String words(String code) {
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            return code;
        }
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
