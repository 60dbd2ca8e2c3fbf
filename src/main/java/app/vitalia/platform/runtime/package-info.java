/**
 * The process around the modules: the clock every module is given, and the runner of
 * one-off commands ({@code seed-demo}, {@code import-foods}, ...) instead of the server.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.runtime;
