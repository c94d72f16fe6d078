package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.RedressDeployment;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A console form posted with a view state Redress never issued is refused as a bad request, not a server error. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleViewStateIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @Test
    void aForgedViewStateShowsTheExpiredPageWithA400() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        http.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        for (String forged : new String[] {"-1:-1", "forged", "1234567890123456789:987654321", "x".repeat(5000)}) {
            String form = "login=login&login%3Ausername=someone&login%3Apassword=secret&jakarta.faces.ViewState="
                    + URLEncoder.encode(forged, StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), forged.length() > 40 ? "long forged state" : forged);
            assertTrue(r.body().contains("The page expired"), r.body());
        }
    }
}
