package io.redress.api.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.cases.domain.CaseRules;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** What /openapi documents of a body is what the server takes: the lists of values are the domain's own. */
class CaseBodiesTest {

    @Test
    void aReplysTemplatesAreTheOnesTheServerTakes() throws Exception {
        Schema template = CaseBodies.Reply.class.getDeclaredField("template").getAnnotation(Schema.class);
        if (template == null) {
            template = CaseBodies.Reply.class.getRecordComponents()[1].getAnnotation(Schema.class);
        }
        assertEquals(CaseRules.REPLY_TEMPLATES, List.of(template.enumeration()));
        assertEquals(false, template.required(), "absent, the template is " + CaseRules.DEFAULT_REPLY_TEMPLATE);
    }
}
