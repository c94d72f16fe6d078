package io.redress.restrictions.domain;

import java.time.Instant;
import java.util.List;

/**
 * Where the retaliation guard learns whether a customer complained recently. One interface: this issue
 * reads appeals and complaint activity recorded against the account; cases and public posts add to it.
 */
public interface ComplaintActivity {

    List<ComplaintSignal> since(String accountId, Instant since);
}
