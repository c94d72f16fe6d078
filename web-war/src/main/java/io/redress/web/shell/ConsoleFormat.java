package io.redress.web.shell;

import io.redress.security.CurrentActor;
import io.redress.staff.application.StaffPreferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What every page writes times, numbers and amounts with ({@code #{fmt.dateTime(x)}}, mostly through the
 * {@code <rd:time value="#{x}"/>} tag): {@link Formats} in the signed-in person's time zone (their preference, UTC
 * until they choose one) and the page's locale.
 */
@Named("fmt")
@RequestScoped
public class ConsoleFormat {

    @Inject
    CurrentActor actor;
    @Inject
    StaffPreferences preferences;
    @Inject
    FacesContext faces;

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            String name = actor.get().name();
            zone = name == null || name.isBlank() ? ZoneOffset.UTC : preferences.timeZone(name);
        }
        return zone;
    }

    /** The zone once, for the page's header: "Europe/Paris (UTC+01:00)". */
    public String getZoneName() {
        return Formats.zoneName(getZone(), Clock.systemUTC().instant());
    }

    public String dateTime(Object value) {
        return Formats.dateTime(value, getZone());
    }

    public String utc(Object value) {
        return Formats.utc(value);
    }

    public String iso(Object value) {
        return Formats.iso(value);
    }

    public String number(Number value) {
        return Formats.number(value, locale());
    }

    public String amount(Object value, String asset) {
        return Formats.amount(value, asset, locale());
    }

    private Locale locale() {
        return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
