package org.fanfold.search;

import org.fanfold.shared.WakeSignal;
import org.springframework.stereotype.Component;

/** Wakes the indexer when a transaction with outbox rows commits. */
@Component
class IndexerSignal extends WakeSignal {}
