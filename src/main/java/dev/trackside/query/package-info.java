/**
 * Finding sessions: accent- and case-folding ({@link dev.trackside.query.TextFold}), the search syntax
 * ({@link dev.trackside.query.Query}, documented for visitors in docs/search.md), ranked search with field filters
 * ({@link dev.trackside.query.SessionSearch}) and highlighting; depends on the model only and behaves identically
 * on the JVM, in WebAssembly and in JavaScript.
 */
package dev.trackside.query;
