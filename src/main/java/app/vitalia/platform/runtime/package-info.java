/**
 * The process around the modules: the clock every module is given, the runner of one-off
 * commands ({@code seed-demo}, {@code import-foods}, ...) instead of the server, and what
 * decides how a start is made (the optional services left out, the build's AOT-processed
 * context used only for the settings it was made with).
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.runtime;
