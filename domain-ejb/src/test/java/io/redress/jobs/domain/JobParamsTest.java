package io.redress.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobParamsTest {

    @Test
    void parametersSurviveTheirStoredForm() {
        Map<String, String> p = Map.of("incident", "INC-7K3Q-9P2M", "createdBefore", "", "approvedBy", "bob=x");
        assertEquals(p, JobParams.read(JobParams.write(p)));
        assertEquals("approvedBy=bob=x\ncreatedBefore=\nincident=INC-7K3Q-9P2M\n", JobParams.write(p), "sorted, one a line");
    }

    @Test
    void aLineBreakOrAnEqualsSignInANameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JobParams.write(Map.of("a=b", "x")));
        assertThrows(IllegalArgumentException.class, () -> JobParams.write(Map.of("a", "x\ny=z")));
        assertThrows(IllegalArgumentException.class, () -> JobParams.write(Map.of("", "x")));
    }

    @Test
    void theBarIsFullOnlyWhenTheJobIsCompleted() {
        assertEquals(0, JobProgress.percent(0, 200, false));
        assertEquals(50, JobProgress.percent(100, 200, false));
        assertEquals(99, JobProgress.percent(200, 200, false), "every item done, not yet marked completed");
        assertEquals(99, JobProgress.percent(230, 200, false), "keys linked after the count");
        assertEquals(100, JobProgress.percent(200, 200, true));
        assertEquals(100, JobProgress.percent(0, 0, true), "nothing to do, done");
        assertEquals(0, JobProgress.percent(0, 0, false));
    }
}
