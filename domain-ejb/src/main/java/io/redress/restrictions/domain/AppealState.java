package io.redress.restrictions.domain;

public enum AppealState {
    OPEN,
    UPHELD,
    OVERTURNED,
    MODIFIED
}
