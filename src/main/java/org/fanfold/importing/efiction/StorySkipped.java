package org.fanfold.importing.efiction;

/** Why a story cannot become a work ("chapter 3906 has no text…"); the import reports it and goes on. */
final class StorySkipped extends RuntimeException {

    StorySkipped(String reason) {
        super(reason);
    }
}
