package io.redress.restrictions.domain;

/** A broken rule of due process: a stable rule code for machines and a sentence for people. */
public record Violation(String rule, String message) {
}
