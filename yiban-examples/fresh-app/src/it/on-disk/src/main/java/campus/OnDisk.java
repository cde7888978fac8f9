package campus;

import com.google.inject.Guice;
import com.google.inject.Injector;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.id.CollegeId;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.guice.YibanModule;
import edu.yiban.store.JdbcLedgerStore;
import java.nio.file.Path;
import java.util.Optional;

public final class OnDisk {
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "campus");   // H2 keeps campus.mv.db beside it
        // eager: a bad configuration fails here, as the library's own exception, not at the first getInstance
        Injector injector = Guice.createInjector(YibanModule.eager(() -> Yiban.builder()
                .store(JdbcLedgerStore.h2File(file))));
        try (Yiban yiban = injector.getInstance(Yiban.class)) {   // the injector never closes the runtime
            CampusDirectory campus = injector.getInstance(CampusDirectory.class);
            if (campus.college(CollegeId.of("EDU")).isEmpty()) {
                campus.addCollege(new College(CollegeId.of("EDU"), "教育学院", Optional.of("School of Education")));
            }
            System.out.println(campus.colleges().size() + " college(s); verified: " + yiban.verify().ok());
        }
    }
}
