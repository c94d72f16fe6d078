package io.redress.alerts.api;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every kind of alert a context raises, one list: the inbox filters by it (an unknown kind is refused, not answered
 * with an empty page) and the desk refuses to raise a kind missing from it, so a context that raises a new kind adds it
 * here (and to the README's table). The raising context still says what its kind means.
 */
public final class AlertKinds {

    public static final Set<String> ALL = Set.copyOf(new TreeSet<>(Set.of(
            // restrictions
            "CLOSE_BLOCKED_OPEN_POSITIONS", "APPEAL_DEADLINE_BREACHED", "APPEAL_WITHOUT_REVIEWER",
            // cases
            "SLA_BREACH",
            // apikeys: Anomaly.Kind's alertKind()
            "API_KEY_PUMP_PATTERN", "API_KEY_UNFAMILIAR_IP", "API_KEY_OUTSIDE_ALLOWLIST", "API_KEY_TRADE_BURST",
            "API_KEY_LEAK_SIGNATURE",
            // screening
            "SCREENING_FREEZE", "SCREENING_HOLD", "SCREENING_NEW_EXPOSURE", "INVESTIGATION_DEADLINE_NEAR",
            "INVESTIGATION_OVERDUE",
            // incidents
            "INCIDENT_DECLARED", "INCIDENT_ACTION_PENDING")));

    private AlertKinds() {
    }

    /** The kinds in alphabetical order, as a refusal lists them. */
    public static java.util.List<String> sorted() {
        return ALL.stream().sorted().toList();
    }
}
