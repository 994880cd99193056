package org.fanfold.community;

/** A plain-text e-mail's subject and body, before it has a recipient address. */
record MailMessage(String subject, String body) {}
