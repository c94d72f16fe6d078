package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "criticism                       | criticism",
            "CRITICISM                       | criticism",
            "criti\u200Bcism                 | criticism",
            "crit\uFEFFicism                 | criticism",
            "cri\u200Dti\u200Ccism           | criticism",
            "\u0441riticism                  | criticism",
            "\u0421RITICISM                  | criticism",
            "crit\u03B9cism                  | criticism",
            "\uFF43\uFF52\uFF49\uFF54\uFF49\uFF43\uFF49\uFF53\uFF4D | criticism",
            "críticism                       | criticism",
            "cr1t1c1sm                       | criticism",
            "c0mpl@in                        | complain",
            "x.com                           | x com",
            "PUBLIC_CRITICISM                | public criticism",
            "exchange's   standing!!         | exchange s standing",
            "Terms of Service 9.3            | terms of service 9 3"})
    void textIsFoldedToWhatAReaderSees(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2025 | 2025", "'' | ''"})
    void numbersStayNumbers(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }
}
