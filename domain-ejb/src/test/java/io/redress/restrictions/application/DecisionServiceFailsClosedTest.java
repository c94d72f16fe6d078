package io.redress.restrictions.application;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.restrictions.domain.Action;
import io.redress.shared.application.Access;
import io.redress.shared.application.DatabaseGate;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.Unavailable;
import io.redress.restrictions.infrastructure.SqlAccountStandings;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** When the standing cannot be read, the answer is "cannot know" (503 at the API), never an allow. */
class DecisionServiceFailsClosedTest {

    private static DecisionService withUnreachableDatabase() {
        DecisionService service = new DecisionService();
        DataSource down = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection refused: the database is down", "08001");
                });
        service.standings = new SqlAccountStandings(down);
        service.access = new Access();
        service.clock = Clock.systemUTC();
        service.gate = new DatabaseGate();
        return service;
    }

    /** The database is known to be away: refused before the standing is even asked for. */
    private static DecisionService withClosedGate() {
        DecisionService service = withUnreachableDatabase();
        service.standings = new io.redress.restrictions.domain.AccountStandings() {
            @Override
            public java.util.Optional<io.redress.restrictions.domain.AccountStanding> find(String accountId) {
                throw new AssertionError("the standing must not be read while the gate is closed");
            }

            @Override
            public List<io.redress.restrictions.domain.AccountStanding> findAll(List<String> accountIds) {
                throw new AssertionError("the standings must not be read while the gate is closed");
            }

            @Override
            public CacheState cacheState() {
                return new CacheState("off", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            }
        };
        long[] now = {0};
        service.gate = new DatabaseGate(() -> now[0], Clock.systemUTC());
        service.gate.watch();
        service.gate.failed("Connection refused");
        return service;
    }

    private final Actor exchange = new Actor("exchange", EnumSet.of(Role.INTEGRATION), "10.0.0.1");

    @Test
    void aSingleDecisionFailsClosed() {
        assertThrows(Unavailable.class, () -> withUnreachableDatabase().decide(exchange, "ACC-1", Action.WITHDRAW, null));
    }

    @Test
    void whileTheGateIsClosedADecisionIsRefusedUnasked() {
        Unavailable refused = assertThrows(Unavailable.class,
                () -> withClosedGate().decide(exchange, "ACC-1", Action.WITHDRAW, null));
        org.junit.jupiter.api.Assertions.assertEquals(Unavailable.Outcome.NOT_ATTEMPTED, refused.outcome());
        assertThrows(Unavailable.class, () -> withClosedGate().decideAll(exchange,
                List.of(new DecisionService.Query("ACC-1", Action.LOGIN, null))));
    }

    @Test
    void aBatchFailsClosedAsAWhole() {
        assertThrows(Unavailable.class, () -> withUnreachableDatabase().decideAll(exchange,
                List.of(new DecisionService.Query("ACC-1", Action.LOGIN, null), new DecisionService.Query("ACC-2", Action.TRADE, null))));
    }
}
