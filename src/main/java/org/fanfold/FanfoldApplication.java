package org.fanfold;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The archive's Spring application; the jar's entry point is the command line, {@code org.fanfold.cli.Cli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FanfoldApplication {}
