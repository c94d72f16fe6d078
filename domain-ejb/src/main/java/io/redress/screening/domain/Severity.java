package io.redress.screening.domain;

/** How grave a list says a flagged address is; shown as evidence (the screening policy decides by category). */
public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }
