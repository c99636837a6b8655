/**
 * View models: the schedule arranged for display (list groups, the day grid, now and next, time labels) and the
 * visible view as the URL hash writes it ({@link dev.trackside.view.ViewState}), as plain values the browser adapter
 * turns into DOM; depends on the model and query packages, never on the browser.
 */
package dev.trackside.view;
