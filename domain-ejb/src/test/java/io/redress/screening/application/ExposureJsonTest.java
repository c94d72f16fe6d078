package io.redress.screening.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.screening.domain.Category;
import io.redress.screening.domain.ScreeningView;
import io.redress.screening.domain.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a screening keeps of its exposure is what a repeated screening of the same deposit answers, exactly. */
class ExposureJsonTest {

    private static final String LISTED = "0x8589427373d6d84e98730d7795d8f6f8731fda16";
    private static final String SENDER = "0x1111111111111111111111111111111111111111";

    @Test
    void aRepeatedScreeningReadsBackWhatTheFirstAnswered() {
        List<ScreeningView.ExposureView> answered = List.of(
                new ScreeningView.ExposureView(Category.SANCTIONS, "INDIRECT", new BigDecimal("0.25"), BigDecimal.ZERO,
                        new BigDecimal("0.25"), List.of(BigDecimal.ZERO, new BigDecimal("0.25")), new BigDecimal("0.375"), 2,
                        List.of(new ScreeningView.ListingView(LISTED, "OFAC-SDN", "ETH", Severity.HIGH, "Tornado Cash"),
                                new ScreeningView.ListingView(LISTED, "bench-intel", "ETH", Severity.HIGH, null)),
                        List.of(new ScreeningView.PathStep(LISTED, SENDER, "0xabc", 3, new BigDecimal("12.5")))),
                new ScreeningView.ExposureView(Category.MIXER, "DIRECT", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO,
                        List.of(BigDecimal.ONE), new BigDecimal("1.5"), 1, List.of(), List.of()));

        String kept = ExposureJson.write(answered);

        assertEquals(answered, ExposureJson.read(kept));
        assertEquals(List.of(), ExposureJson.read(ExposureJson.write(List.of())));
    }
}
