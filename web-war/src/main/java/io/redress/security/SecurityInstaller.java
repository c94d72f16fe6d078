package io.redress.security;

import io.redress.staff.application.ApiAuthentication;
import io.redress.staff.application.StaffAuthenticator;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Puts {@link RedressServerAuthModule} in front of every request of this web module, and takes it away on undeploy. */
@WebListener
public class SecurityInstaller implements ServletContextListener {

    @Inject
    ApiAuthentication apiCallers;
    @Inject
    StaffAuthenticator staff;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory().registerServerAuthModule(new RedressServerAuthModule(apiCallers, staff),
                event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
