/**
 * The single security filter chain that collects every module's
 * {@link app.vitalia.platform.SecurityRules}.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.security;
