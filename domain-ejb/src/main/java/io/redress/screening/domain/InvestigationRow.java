package io.redress.screening.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of compliance's list of investigations: the investigation, what its deposit was and what is held of it (the
 * screening's asset, amount, covered amount, whether the measure is still in force, the rules that fired) and how near
 * its report deadline is ({@code daysLeft}: see {@link ReportDeadline#daysLeft}).
 */
public record InvestigationRow(InvestigationView investigation, String asset, BigDecimal depositAmount,
                               BigDecimal heldAmount, boolean inForce, List<String> reasons,
                               ReportDeadline.Proximity deadline, long daysLeft) {
}
