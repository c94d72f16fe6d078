package io.redress.alerts.domain;

/** Raised, seen by someone who took it on, done. */
public enum AlertState { OPEN, ACKNOWLEDGED, RESOLVED }
