package org.fanfold.community;

import org.fanfold.shared.WakeSignal;
import org.springframework.stereotype.Component;

/** Wakes the mail delivery when a transaction that queued e-mail commits. */
@Component
class MailSignal extends WakeSignal {}
