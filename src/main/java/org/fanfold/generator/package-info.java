/**
 * Synthetic data for development and benchmarks: {@code fanfold generate} fills a database with users and posted
 * works whose metadata follows distributions measured on AO3 (ratings, warnings, categories, tag counts and Zipf-like
 * tag popularity, word counts, chapters, kudos and hits), with plausible made-up names, deterministic for a seed.
 * {@link org.fanfold.generator.Distributions} holds the numbers, {@link org.fanfold.generator.Names} and
 * {@link org.fanfold.generator.Prose} the vocabularies, and {@link org.fanfold.generator.Generator} writes the rows
 * in large batches, then has the search index rebuilt once.
 */
@NullMarked
@ApplicationModule(displayName = "Generator")
package org.fanfold.generator;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
