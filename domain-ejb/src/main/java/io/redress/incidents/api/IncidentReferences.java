package io.redress.incidents.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Third-party incidents as other contexts see them: a claim checks that the incident it quotes was declared. Records
 * only; the incidents are the incidents context's own.
 */
public interface IncidentReferences {

    /** An incident by its reference ({@code INC-...}); empty for an unknown one. */
    Optional<IncidentSummary> find(String reference);

    /**
     * @param state the incident's state's name
     */
    record IncidentSummary(String reference, String integrationCode, String state, Instant declaredAt) {
    }
}
