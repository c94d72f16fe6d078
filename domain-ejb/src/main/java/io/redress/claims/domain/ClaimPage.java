package io.redress.claims.domain;

import java.util.List;

/** A page of the claims list, newest first; pass {@code next} as {@code after} for the following page (null: no more). */
public record ClaimPage(List<ClaimRow> items, Long next) {
}
