package io.redress.incidents.domain;

/** An incident is OPEN while its consequences are being dealt with. */
public enum IncidentState {
    OPEN, CLOSED
}
