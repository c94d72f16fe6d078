package io.redress.incidents.domain;

/** How bad a third-party incident is believed to be; CRITICAL and HIGH raise a critical alert. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
