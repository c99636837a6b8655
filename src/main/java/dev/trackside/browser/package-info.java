/**
 * The browser adapter: the only package that imports {@code org.teavm.jso} and touches the DOM, network and
 * storage; it turns the core's view models into DOM and nothing imports it.
 */
package dev.trackside.browser;
