package org.fanfold.community;

/**
 * A plain-text e-mail's subject and body, before it has a recipient address. The subject is one line: control
 * characters a title might carry (a line break would start a new mail header) become spaces.
 */
record MailMessage(String subject, String body) {

    MailMessage {
        subject = subject.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
