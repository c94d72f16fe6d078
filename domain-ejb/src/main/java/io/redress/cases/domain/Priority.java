package io.redress.cases.domain;

public enum Priority {
    P1, P2, P3, P4
}
