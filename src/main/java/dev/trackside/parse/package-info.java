/**
 * Reading schedule documents into the model ({@link dev.trackside.parse.Schedules#read} is the entry point) and
 * writing our own format;
 * depends on the model and Gson's streaming {@code JsonReader} only, and runs unchanged on the JVM and in the browser.
 */
package dev.trackside.parse;
