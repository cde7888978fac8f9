package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.ledger.spi.StoreException;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store names no JDBC driver: it asks {@link DriverManager} for the one the app put on its class path, and
 * without one says which artifact to add, in Chinese and English, before anything is created.
 */
class DriverChoiceTest {

    @Test
    void withoutTheH2DriverTheStoreNamesTheArtifactToAddAndCreatesNothing(@TempDir Path folder) throws SQLException {
        Path file = folder.resolve("campus.db");
        StoreException refused = withoutDriver("jdbc:h2:mem:probe", () -> JdbcLedgerStore.h2File(file));

        assertThat(refused.message(MessageBundle.EN))
                .contains("no JDBC driver", "jdbc:h2:", "com.h2database:h2");
        assertThat(refused.message(MessageBundle.ZH)).contains("JDBC 驱动", "com.h2database:h2");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void withoutThePostgresDriverTheStoreNamesTheArtifactAndNoPassword() throws SQLException {
        StoreException refused = withoutDriver("jdbc:postgresql://localhost/probe",
                () -> JdbcLedgerStore.postgres("jdbc:postgresql://127.0.0.1:5432/campus?user=yiban&password=secret"));

        assertThat(refused.message(MessageBundle.EN))
                .contains("//127.0.0.1:5432/campus", "org.postgresql:postgresql")
                .doesNotContain("secret");
        assertThat(refused.message(MessageBundle.ZH)).contains("org.postgresql:postgresql").doesNotContain("secret");
    }

    @Test
    void withTheDriverOnTheClassPathTheStoreOpens(@TempDir Path folder) {
        try (JdbcLedgerStore store = JdbcLedgerStore.h2File(folder.resolve("campus.db"))) {
            assertThat(store.streams()).isEmpty();
        }
    }

    /** What opening throws while the driver that takes {@code url} is deregistered; it is registered again after. */
    private static StoreException withoutDriver(String url, Runnable open) throws SQLException {
        Driver driver = DriverManager.getDriver(url);
        DriverManager.deregisterDriver(driver);
        try {
            return catchThrowableOfType(StoreException.class, open::run);
        } finally {
            DriverManager.registerDriver(driver);
        }
    }
}
