package io.redress.screening.domain;

import java.util.Map;

/** Addresses whose listings changed in a transaction, with the categories they are listed under now (0: none). */
public record FlagsChanged(Map<String, Integer> categoriesByAddress) {
}
