package io.redress.incidents.domain;

import java.time.Instant;

/**
 * An incident as SECURITY declares it, unchecked ({@link IncidentRules#check} names every bad field).
 *
 * @param integration    the code of the third-party integration believed compromised
 * @param suspectedSince since when its keys are believed exposed (anomalies are counted from then)
 * @param known          what is known so far, in a few sentences
 */
public record NewIncident(String integration, String severity, Instant suspectedSince, String known) {
}
