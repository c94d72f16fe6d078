package io.redress.restrictions.application;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.restrictions.domain.Action;
import io.redress.shared.application.Access;
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
        return service;
    }

    private final Actor exchange = new Actor("exchange", EnumSet.of(Role.INTEGRATION), "10.0.0.1");

    @Test
    void aSingleDecisionFailsClosed() {
        assertThrows(Unavailable.class, () -> withUnreachableDatabase().decide(exchange, "ACC-1", Action.WITHDRAW, null));
    }

    @Test
    void aBatchFailsClosedAsAWhole() {
        assertThrows(Unavailable.class, () -> withUnreachableDatabase().decideAll(exchange,
                List.of(new DecisionService.Query("ACC-1", Action.LOGIN, null), new DecisionService.Query("ACC-2", Action.TRADE, null))));
    }
}
