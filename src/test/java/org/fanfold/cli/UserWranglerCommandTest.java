package org.fanfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.fanfold.testing.KeepLogLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code fanfold user wrangler LOGIN [--remove]} as an archive's admin runs it. */
@ExtendWith(KeepLogLevels.class)
class UserWranglerCommandTest {

    @TempDir
    Path data;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private boolean isWrangler(String login) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("fanfold.db"));
                var s = c.prepareStatement("SELECT wrangler FROM users WHERE login = ?")) {
            s.setString(1, login);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Test
    void theWranglerSubcommandGrantsAndRemovesTheRole() throws Exception {
        String dir = data.toString();
        assertThat(run("user", "create", "tagger", "--email", "t@example.com", "--data", dir)
                        .code())
                .isZero();
        assertThat(isWrangler("tagger")).isFalse();

        CliRun granted = run("user", "wrangler", "tagger", "--data", dir);
        assertThat(granted.code()).isZero();
        assertThat(granted.out()).contains("tagger is now a tag wrangler.");
        assertThat(isWrangler("tagger")).isTrue();

        CliRun removed = run("user", "wrangler", "tagger", "--remove", "--data", dir);
        assertThat(removed.code()).isZero();
        assertThat(removed.out()).contains("tagger is no longer a tag wrangler.");
        assertThat(isWrangler("tagger")).isFalse();

        CliRun unknown = run("user", "wrangler", "nobody", "--data", dir);
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no user nobody");
    }
}
