// <trackside-schedule>: the viewer as a custom element, for any page (the README's "Embed"). The build prepends
// engine.js (tools/minify/assemble.mjs writes both as target/dist/trackside-embed.js). A custom element needs an
// ES class, which TeaVM cannot write: this shim builds the element's shadow root and hands its viewer root to the
// Java engine its schedule needs, each engine loaded once for every element of the page.
//
// The shadow root holds trackside-embed.css (style.css made for a shadow root: :host instead of :root, px instead
// of rem, which follows the host page's root font size, and a reset of the inherited properties) and a copy of
// index.html's viewer markup (viewer.html: index.html as the build writes it without the hosted page's first screen),
// fetched once per page, so the markup has one source. Attributes are read when the
// element is first connected: src, view, day, lang, time-zone, hash (the viewer keeps its state in the URL hash
// instead of memory; one per page).
if (window.customElements && !customElements.get('trackside-schedule')) {
  var shell = null; // a promise of viewer.html's <main id="trackside">

  var markup = function () {
    return shell || (shell = fetch(base + 'viewer.html').then(function (response) {
      if (!response.ok) throw new Error('viewer.html: HTTP ' + response.status);
      return response.text();
    }).then(function (html) {
      // DOMParser runs no script and loads nothing: the markup is only read.
      return new DOMParser().parseFromString(html, 'text/html').getElementById('trackside');
    }));
  };

  // The viewer root: index.html's <main> as a <div> (the host page has its own main landmark), without the hosted
  // page's parts (Save for offline, the service worker, <noscript>, the first screen the build wrote for its
  // schedule), configured from the element's attributes.
  var viewer = function (host, main) {
    var root = document.createElement('div');
    for (var i = 0; i < main.attributes.length; i++) root.setAttribute(main.attributes[i].name, main.attributes[i].value);
    root.append.apply(root, Array.from(document.importNode(main, true).childNodes));
    root.querySelectorAll('.c-offline, noscript, .c-first').forEach(function (part) { part.remove(); });
    root.removeAttribute('data-offline');
    root.setAttribute('data-embed', '');
    root.setAttribute('data-src', host.getAttribute('src') || new URL(main.getAttribute('data-src'), base).href);
    var initial = new URLSearchParams();
    ['view', 'day'].forEach(function (name) {
      if (host.hasAttribute(name)) initial.set(name, host.getAttribute(name));
    });
    if (initial.toString()) root.setAttribute('data-initial', initial.toString());
    if (host.hasAttribute('lang')) root.setAttribute('lang', host.getAttribute('lang'));
    if (host.hasAttribute('time-zone')) root.setAttribute('data-time-zone', host.getAttribute('time-zone'));
    if (host.hasAttribute('hash')) root.setAttribute('data-hash', '');
    return root;
  };

  // The state, engine and view of the viewer, repeated on the element for the host page (and tests).
  var mirror = function (host, root) {
    var names = ['data-state', 'data-engine', 'data-view'];
    new MutationObserver(function () {
      names.forEach(function (name) {
        if (root.hasAttribute(name)) host.setAttribute(name, root.getAttribute(name));
      });
    }).observe(root, {attributes: true, attributeFilter: names});
  };

  customElements.define('trackside-schedule', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return; // moved in the page: it keeps its viewer
      var host = this;
      var shadow = host.attachShadow({mode: 'open'});
      host.setAttribute('data-state', 'loading');
      // A stylesheet link, not inline styles: a page's Content-Security-Policy needs only style-src 'self'.
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = base + 'trackside-embed.css';
      var styled = new Promise(function (resolve) { link.onload = link.onerror = resolve; });
      shadow.appendChild(link);
      // While the markup comes: the schedule (its first bytes choose the engine, which then loads too) and the
      // wasm engines' runtime.
      var fetched = host.hasAttribute('src') ? fetchSchedule(host.getAttribute('src')) : null;
      if (fetched) fetched.wasm.then(loadEngine).then(null, function () { /* start() reports it */ });
      if (wasmWanted()) runtime();
      markup().then(function (main) {
        var root = viewer(host, main);
        root.hidden = true; // until its stylesheet is in: no unstyled flash
        styled.then(function () { root.hidden = false; });
        mirror(host, root);
        shadow.appendChild(root);
        start(root, root.getAttribute('data-src'), fetched);
      }).catch(function (e) {
        console.error('Trackside: no viewer markup', e);
        host.setAttribute('data-state', 'error');
      });
    }
  });
}
