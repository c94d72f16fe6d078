package io.redress.web.shell;

import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.staff.application.StaffPreferences;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The signed-in person's own preference: the time zone every time in the console is shown in. */
@Named
@ViewScoped
public class PreferencesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffPreferences preferences;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private String timeZone;

    public String getTimeZone() {
        if (timeZone == null) {
            java.time.ZoneId zone = preferences.timeZone(actor.get().name());
            timeZone = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        }
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getTimeZones() {
        return preferences.timeZones();
    }

    /** Saves the choice; the page is shown again so that every time on it follows the new zone. */
    public String save() {
        try {
            preferences.chooseTimeZone(actor.get(), timeZone);
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("timeZone", "preferences:timeZone"));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(faces, "preferences.msg.saved", timeZone);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
