package org.fanfold.community;

import org.fanfold.shared.WakeSignal;
import org.springframework.stereotype.Component;

/** Wakes the notice fan-out when a transaction that wrote to the notice outbox commits. */
@Component
class NoticeSignal extends WakeSignal {}
