/**
 * Formatted text from schedules (session abstracts, speaker bios) as a small immutable document model:
 * {@link dev.trackside.text.Markup#parse} reads Markdown and allowlisted HTML into a
 * {@link dev.trackside.text.Doc} of {@link dev.trackside.text.Node}s (docs/markup.md says what is read and what is
 * not).
 *
 * <p>The text is untrusted, so injection is impossible by construction: the model has no raw-HTML node (a renderer
 * builds it with {@code createElement} and {@code textContent} only), every link URL has passed
 * {@link dev.trackside.model.Link#hasSafeScheme} after character references were decoded, and nesting is bounded.
 * HTML tags off a short allowlist, and allowlisted tags with other attributes (event handlers, {@code src}), stay
 * visible text. Parsing is linear in the input (capped at {@link dev.trackside.text.Markup#MAX_INPUT_CHARS}) and
 * does not recurse over it.
 *
 * <p>Depends on the model only, uses only java.lang and java.util, and avoids regular expressions, String.format,
 * streams and Character's Unicode tables, so that TeaVM compiles it small. The browser build measures its cost: see
 * docs/markup.md before adding to it.
 */
package dev.trackside.text;
