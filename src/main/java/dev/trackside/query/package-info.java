/**
 * Finding sessions: accent- and case-folding and text search over a schedule; depends on the model only and
 * behaves identically on the JVM, in WebAssembly and in JavaScript.
 */
package dev.trackside.query;
