/**
 * Writing sessions as an RFC 5545 iCalendar file ({@link dev.trackside.ical.IcsWriter}) for calendar apps; depends
 * on the model, text and query packages only, and uses only char arithmetic and StringBuilder, so that TeaVM compiles
 * it small.
 */
package dev.trackside.ical;
