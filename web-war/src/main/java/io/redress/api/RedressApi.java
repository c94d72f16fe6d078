package io.redress.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for the exchange's systems, under {@code /redress/api/v1}. Stateless, HTTP Basic. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Redress API", version = "v1",
                description = "Account mirror, decisions, restrictions with due process, appeals, notices, cases,"
                        + " the customer outbox, public posts and audit verification. Bodies are JSON; every error is"
                        + " application/problem+json (RFC 9457), described by the Problem schema.",
                contact = @Contact(name = "The operators of this Redress installation")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RedressApi extends Application {

    /** No WADL: {@code /openapi} describes the API, and OPTIONS answers the Allow header alone. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
