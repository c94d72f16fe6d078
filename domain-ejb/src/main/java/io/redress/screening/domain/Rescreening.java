package io.redress.screening.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of a re-screening: which of a deposit's exposures, traced again after its lists gained addresses, are new
 * against what it was last found to have. A category is new exposure when it was not there before (with a share above
 * zero at six decimals), or its share grew, or it became DIRECT (the sender itself is now listed), or it is now met
 * nearer to the deposit (fewer hops: the policy's indirect rule counts the share within a number of hops). The same
 * trace found again, less exposure, or an exposure gone is nothing new: a re-screening that finds nothing new raises
 * nothing.
 */
public final class Rescreening {

    private static final String DIRECT = "DIRECT";

    private Rescreening() {
    }

    /**
     * One category's new exposure: {@code now} as found by the re-screening (its share, traced amount, listings and
     * path as evidence), and what was known before ({@code degreeBefore} null when the category was not found at all).
     */
    public record NewExposure(Category category, String degreeBefore, BigDecimal shareBefore, Integer nearestHopsBefore,
                              ScreeningView.ExposureView now) {
    }

    public static List<NewExposure> newExposure(List<ScreeningView.ExposureView> before, List<ScreeningView.ExposureView> after) {
        List<NewExposure> out = new ArrayList<>();
        for (ScreeningView.ExposureView a : after) {
            ScreeningView.ExposureView b = before.stream().filter(x -> x.category() == a.category()).findFirst().orElse(null);
            if (b == null) {
                if (a.share().signum() > 0) {
                    out.add(new NewExposure(a.category(), null, BigDecimal.ZERO, null, a));
                }
                continue;
            }
            boolean grew = a.share().compareTo(b.share()) > 0;
            boolean nowDirect = DIRECT.equals(a.degree()) && !DIRECT.equals(b.degree());
            boolean nearer = a.share().signum() > 0 && a.nearestHops() < b.nearestHops();
            if (grew || nowDirect || nearer) {
                out.add(new NewExposure(a.category(), b.degree(), b.share(), b.nearestHops(), a));
            }
        }
        return out;
    }

    /** In a line, for an alert and the audit trail: {@code HACK INDIRECT 0.5 (was none), 2 hops}. */
    public static String describe(List<NewExposure> found) {
        List<String> parts = new ArrayList<>();
        for (NewExposure n : found) {
            parts.add(n.category() + " " + n.now().degree() + " " + n.now().share().toPlainString()
                    + (n.degreeBefore() == null ? " (was none)" : " (was " + n.degreeBefore() + " " + n.shareBefore().toPlainString()
                    + " at " + n.nearestHopsBefore() + " hops)") + ", " + n.now().nearestHops() + " hops");
        }
        return String.join("; ", parts);
    }
}
