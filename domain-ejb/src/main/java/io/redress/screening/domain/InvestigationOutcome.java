package io.redress.screening.domain;

/** What an investigation ends in: the held amount released, or a report to the authority. */
public enum InvestigationOutcome { RELEASE, REPORT }
