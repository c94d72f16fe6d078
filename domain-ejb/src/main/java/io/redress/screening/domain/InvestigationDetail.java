package io.redress.screening.domain;

import java.util.List;

/**
 * An investigation with what compliance weighs: the deposit's screening (amounts, exposure per category and the
 * evidence paths as the screening recorded them), the notes newest first, and how near the report deadline is.
 */
public record InvestigationDetail(InvestigationView investigation, ScreeningView screening,
                                  List<InvestigationNoteView> notes, ReportDeadline.Proximity deadline, long daysLeft) {
}
