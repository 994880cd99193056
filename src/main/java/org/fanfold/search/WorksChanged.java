package org.fanfold.search;

import java.util.Collection;

/**
 * These works changed: published by {@link IndexQueue#enqueue} in the writer's transaction (listeners that keep
 * copies of works act after it commits) and by the {@link WorkIndexer} for the works it takes from the outbox,
 * which includes what other processes changed. Every change to what a work shows goes through the outbox, since
 * its search document shows it too.
 */
public record WorksChanged(Collection<Long> workIds) {}
