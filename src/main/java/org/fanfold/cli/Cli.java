package org.fanfold.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fanfold.FanfoldApplication;
import org.fanfold.shared.FanfoldProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code fanfold} command: the entry point of the jar. */
@Command(
        name = "fanfold",
        mixinStandardHelpOptions = true,
        description = "A fan-fiction archive.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ImportEfictionCommand.class,
            ReindexCommand.class,
            GenerateCommand.class,
            UserCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            BenchQueriesCommand.class
        })
public final class Cli {

    public static void main(String[] args) {
        int code = new CommandLine(new Cli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        if (code != 0 || !ServeCommand.serving) System.exit(code);
    }

    /** For commands that rebuild the index themselves: the application must not rebuild it first at start. */
    static final String NO_REBUILD_AT_START = "--fanfold.index.rebuild-at-start=false";

    /** Options every subcommand takes. */
    static class DataOptions {
        @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ./fanfold-data).")
        @Nullable
        Path data;

        /** Starts the application: a web server when {@code web}, else just the services the CLI needs. */
        ConfigurableApplicationContext start(boolean web, String... extraArgs) {
            var app = new SpringApplication(FanfoldApplication.class);
            app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
            List<String> args = new ArrayList<>(List.of(extraArgs));
            if (data != null) args.add("--fanfold.data=" + data.toAbsolutePath());
            if (!web) args.add("--logging.level.root=warn");
            return app.run(args.toArray(String[]::new));
        }

        /**
         * The settings without starting the application, read as it reads them ({@code FANFOLD_*} variables,
         * {@code fanfold.*} system properties) with {@code --data}: for commands that must reach the database
         * before, or without, the application (backup, restore).
         */
        FanfoldProperties settings() {
            // Without the application, nothing sets the log levels: the libraries' INFO lines would fill the screen.
            LoggingSystem logging = LoggingSystem.get(Cli.class.getClassLoader());
            logging.beforeInitialize();
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
            var env = new StandardEnvironment();
            if (data != null) {
                env.getPropertySources()
                        .addFirst(new MapPropertySource(
                                "command line",
                                Map.of("fanfold.data", data.toAbsolutePath().toString())));
            }
            return Binder.get(env)
                    .bind("fanfold", FanfoldProperties.class)
                    .orElseGet(() -> new FanfoldProperties(null, null, null, null, null));
        }
    }
}
