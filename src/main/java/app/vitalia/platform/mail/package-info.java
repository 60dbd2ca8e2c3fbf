/**
 * The e-mail outbox: messages stored in the sender's transaction, their delivery state,
 * and the development outbox page that lists them when no SMTP server is configured.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.mail;
