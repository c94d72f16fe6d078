package io.redress.screening.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.jobs.api.JobItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportJobWorkTest {

    @Test
    void pagesCoverEveryLineOnceAndResumeAfterTheCursor() {
        assertEquals(0, ImportJobWork.pages(0));
        assertEquals(1, ImportJobWork.pages(1));
        assertEquals(3, ImportJobWork.pages(250));
        List<JobItem> first = ImportJobWork.page(250, null, 2);
        assertEquals(List.of(new JobItem("lines:1-100", "100"), new JobItem("lines:101-200", "200")), first);
        // a crash after the second page committed: the job resumes from its cursor
        assertEquals(List.of(new JobItem("lines:201-250", "250")), ImportJobWork.page(250, "200", 10));
        assertEquals(List.of(), ImportJobWork.page(250, "250", 10));
        assertEquals(List.of(), ImportJobWork.page(0, null, 10));
    }
}
