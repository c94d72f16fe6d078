package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/v1/audit/verify, for auditors only, and the operational endpoints around it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @Test
    void anAuditorVerifiesTheChain() {
        Reply r = Api.as(Api.newStaff("AUDITOR")).get("audit/verify");
        assertEquals(200, r.status());
        assertTrue(r.json().getBoolean("intact"), r.body());
        assertTrue(r.json().getInt("entriesVerified") > 0);
    }

    @Test
    void anyoneElseIsRefusedWith403AndTheRefusalIsItselfAudited() {
        Reply r = Api.as(Api.newStaff("AGENT,SUPERVISOR")).get("audit/verify");
        assertEquals(403, r.status());
        assertTrue(r.isProblem());
        assertTrue(r.json().getString("detail").contains("AUDITOR"), r.body());
        assertEquals(401, Api.anonymous().get("audit/verify").status());
    }

    @Test
    void anUnexpectedPathIsAProblemNotAStackTrace() {
        Reply r = Api.as(Api.newStaff("AUDITOR")).get("no/such/thing");
        assertEquals(404, r.status());
        assertTrue(r.isProblem());
        assertTrue(!r.body().contains("Exception"), r.body());
    }
}
