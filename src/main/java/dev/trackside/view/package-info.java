/**
 * View models: the schedule arranged for display (list groups, the day grid, now and next, time labels), as plain
 * values the browser adapter turns into DOM; depends on the model and query packages, never on the browser.
 */
package dev.trackside.view;
