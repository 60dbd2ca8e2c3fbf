/**
 * Vitalia: the application and its jar commands; each direct sub-package is a module.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia;
