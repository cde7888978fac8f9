package edu.yiban.sdk;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.access.AccessDeniedException;
import edu.yiban.core.access.AccessRequest;
import edu.yiban.core.access.AccessRule;
import edu.yiban.core.access.Actor;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A plugin adds a rule to the runtime's access policy; the rule decides with the seed's grants. */
class PluginAccessRuleTest {

    @Test
    void aPluginsRuleRefusesWhatTheGrantsAllowAndIsNamedInTheRefusal() {
        try (Yiban yiban = Yiban.builder().clock(Campus.clock()).plugin(new NoAwardsByCounsellors()).build()) {
            Campus.fill(yiban.core().directory());
            var access = yiban.core().access();
            assertThat(access.policy().rules()).extracting(AccessRule::name).containsExactly("no-awards-by-counsellors");

            // the seed lets a counsellor record volunteering and awards for their class; the plugin takes awards back
            access.actingAs(Actor.of(COUNSELLOR), () -> yiban.core().archives().of(LI_MING).record(entry(Category.VOLUNTEER)));
            assertThatThrownBy(() -> access.actingAs(Actor.of(COUNSELLOR),
                    () -> yiban.core().archives().of(LI_MING).record(entry(Category.AWARD))))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.message(MessageBundle.EN)).isEqualTo(
                            "person T1001 may not record into a growth archive (awards and honours) for student 2022010101: "
                                    + "rule no-awards-by-counsellors forbids it"));
            assertThat(yiban.core().archives().of(LI_MING).version()).isEqualTo(1);
        }
    }

    private static ArchiveEntry entry(Category category) {
        return ArchiveEntry.builder().date(LocalDate.of(2022, 10, 1)).term(T2022_1).category(category)
                .points(Dimension.MORAL, Points.of("1")).title("条目").source(SourceSystem.MANUAL).recordedBy(COUNSELLOR)
                .visibility(Visibility.PUBLIC).build();
    }

    private static final class NoAwardsByCounsellors implements YibanPlugin {
        @Override
        public String id() {
            return "award-office";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public void register(PluginContext context) {
            context.accessRule(new AccessRule() {
                @Override
                public String name() {
                    return "no-awards-by-counsellors";
                }

                @Override
                public Verdict judge(AccessRequest request) {
                    return request.category().filter(Category.AWARD::equals).isPresent() && request.actor().person().isPresent()
                            && request.roles().contains(edu.yiban.core.directory.Role.COUNSELLOR) ? Verdict.DENY : Verdict.ABSTAIN;
                }
            });
        }
    }
}
