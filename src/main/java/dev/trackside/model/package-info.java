/**
 * The immutable conference domain (Schedule, Session, Speaker, Room, Track, Day); depends on nothing else of ours,
 * uses only java.lang and java.util, so that TeaVM compiles it small and unchanged for the browser.
 */
package dev.trackside.model;
