package org.fanfold.search;

/** AO3's crossover filter: any work, no crossovers, or only crossovers (fandoms with no meta tag in common). */
public enum Crossover {
    ANY,
    EXCLUDE,
    ONLY
}
