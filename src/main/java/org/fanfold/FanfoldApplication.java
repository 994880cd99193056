package org.fanfold;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The archive's Spring application; {@link org.fanfold.cli.Cli} is the entry point that starts it. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FanfoldApplication {

    public static void main(String[] args) {
        org.fanfold.cli.Cli.main(args);
    }
}
