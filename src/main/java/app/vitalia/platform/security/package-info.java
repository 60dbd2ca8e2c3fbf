/**
 * The single security filter chain that collects every module's
 * {@link app.vitalia.platform.SecurityRules}.
 */
package app.vitalia.platform.security;
