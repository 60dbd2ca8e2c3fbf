/**
 * Tokens stored as hashes: single-use e-mail link tokens and rotating refresh tokens with
 * replay detection, and the random secrets both are made of.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.identity.tokens;
