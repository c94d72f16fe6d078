package io.redress.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view's locale (labels, validation messages, PrimeFaces and {@link ConsoleFormat}): the signed-in person's
 * chosen language, else the best of the browser's Accept-Language among faces-config's supported locales.
 */
public class ConsoleViewHandler extends ViewHandlerWrapper {

    public ConsoleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(ConsoleLanguage.class).get().chosen().orElseGet(() -> super.calculateLocale(context));
    }
}
