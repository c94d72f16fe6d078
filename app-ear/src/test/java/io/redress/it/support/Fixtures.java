package io.redress.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Test-only endpoints in the test WAR (never in the shipped EAR): create a staff member with a fresh
 * random name and password for one test, or disable one. Each test makes its own people.
 */
@ApplicationPath("fixtures")
public class Fixtures extends Application {

    public record Credentials(String username, String password) {
    }
}
