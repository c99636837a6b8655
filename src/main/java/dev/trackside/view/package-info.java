/**
 * View models: the schedule arranged for display (list groups, the day grid, now and next, time labels), the filter
 * facets with their counts, the visitor's favourites and agenda, the visible view as the URL hash writes it
 * ({@link dev.trackside.view.ViewState}) and every UI text in English and German
 * ({@link dev.trackside.view.Messages}), as plain values the browser adapter turns into DOM; depends on the model
 * and query packages, never on the browser.
 */
package dev.trackside.view;
