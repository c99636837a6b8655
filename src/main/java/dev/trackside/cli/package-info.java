/**
 * The command-line tool (validate, serve) built as target/trackside.jar; uses the core and the JDK, and nothing
 * imports it.
 */
package dev.trackside.cli;
