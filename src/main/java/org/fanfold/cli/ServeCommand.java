package org.fanfold.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the archive over HTTP.")
class ServeCommand implements Callable<Integer> {

    static volatile boolean serving;

    @Mixin
    Cli.DataOptions data;

    @Option(names = "--port", paramLabel = "N", description = "The HTTP port (default: 8080).")
    Integer port;

    @Override
    public Integer call() {
        serving = true;
        if (port != null) data.start(true, "--server.port=" + port);
        else data.start(true);
        return 0;
    }
}
