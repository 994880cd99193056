package org.fanfold.tags;

import org.fanfold.shared.WakeSignal;
import org.springframework.stereotype.Component;

/** Wakes the propagator when a wrangling transaction commits. */
@Component
class PropagatorSignal extends WakeSignal {}
