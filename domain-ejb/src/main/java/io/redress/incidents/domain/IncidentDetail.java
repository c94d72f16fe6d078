package io.redress.incidents.domain;

import java.util.List;

/** The incident page: the incident, its blast radius, its bulk actions newest first. */
public record IncidentDetail(IncidentView incident, BlastRadius blastRadius, List<ActionView> actions) {
}
