// "Save for offline": writes the schedule on screen as one HTML file that works from disk without a network,
// the same file `java -jar trackside.jar bundle` writes (dev.trackside.cli.Bundle does these steps in Java; keep
// the two alike). boot.js loads this script when the button is first pressed.
(function () {
  'use strict';

  function get(url, as) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response[as]();
    });
  }

  function base64(blob) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result.slice(reader.result.indexOf(',') + 1)); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsDataURL(blob);
    });
  }

  function escape(text) {
    return text.split('&').join('&amp;').split('"').join('&quot;').split('<').join('&lt;').split('>').join('&gt;');
  }

  // tag: a start tag without its '>'.
  function attribute(tag, name, value) {
    var key = ' ' + name + '="';
    var at = tag.indexOf(key);
    if (at < 0) return tag + key + escape(value) + '"';
    return tag.slice(0, at + key.length) + escape(value) + tag.slice(tag.indexOf('"', at + key.length));
  }

  function fill(template, parts) {
    return template.replace(/\{\{([a-z][a-z0-9.-]*)\}\}/g, function (placeholder, name) {
      if (!Object.prototype.hasOwnProperty.call(parts, name)) {
        throw new Error('offline-template.html: unknown placeholder ' + placeholder);
      }
      return parts[name];
    });
  }

  // The page as a string: the site's files (from the HTTP cache or the service worker, mostly) and the schedule text
  // the viewer was given.
  function page(base, name, schedule, timeZone) {
    var texts = ['offline-template.html', 'index.html', 'style.css', 'classes.wasm-runtime.js', 'boot.js',
      'trackside.js', 'trackside-markup.js', 'messages-de.json'];
    // The wasm engine that reads this schedule (engine.js's rule, as Bundle's): trackside-own.wasm for our own format.
    var wasm = self.Trackside.wasmFor(schedule);
    return Promise.all(texts.map(function (file) { return get(base + file, 'text'); })
      .concat(get(base + wasm, 'blob').then(base64))).then(function (files) {
      var index = files[1];
      var start = index.indexOf('<main');
      var end = start < 0 ? -1 : index.indexOf('</main>', start);
      if (end < 0) throw new Error('index.html has no <main> element (the viewer) to put in the page');
      // Without the first screen index.html holds for its own schedule (Bundle.write leaves it out the same way).
      var viewer = index.slice(start, end + '</main>'.length)
        .replace(/<!--first:([a-z]+)-->[\s\S]*?<!--\/first:\1-->/g, '<!--first:$1--><!--/first:$1-->');
      var tagEnd = viewer.indexOf('>');
      var tag = attribute(viewer.slice(0, tagEnd), 'data-src', name);
      if (timeZone) tag = attribute(tag, 'data-time-zone', timeZone);
      var titleStart = index.indexOf('<title>');
      var titleEnd = index.indexOf('</title>');
      var script = function (text) { return text.replace(/<(\/script|!--)/gi, '<\\$1'); };
      return fill(files[0], {
        'title': titleStart < 0 || titleEnd < titleStart ? 'Schedule' : index.slice(titleStart + 7, titleEnd),
        'style.css': files[2].replace(/<\/(style)/gi, '<\\/$1'),
        'classes.wasm-runtime.js': script(files[3]),
        'boot.js': script(files[4]),
        'trackside.js': script(files[5]),
        'trackside-markup.js': script(files[6]),
        'messages-de.json': files[7].split('<').join('\\u003C'),
        'viewer': tag + viewer.slice(tagEnd),
        'schedule-name': escape(name),
        'schedule': schedule.split('<').join('\\u003C'),
        'trackside.wasm': files[8]
      });
    });
  }

  function download(text, fileName) {
    var url = URL.createObjectURL(new Blob([text], {type: 'text/html'}));
    var a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // Builds the page for the viewer in root (its schedule as boot.js fetched it) and offers it as a download.
  function save(root, base) {
    var params = new URLSearchParams(location.search);
    var source = params.get('src') || root.getAttribute('data-src');
    if (!source) return Promise.reject(new Error('no schedule on this page'));
    var loaded = root.tracksideSchedule;
    var url = new URL(source, location.href);
    var name = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1)) || 'schedule.json';
    return (loaded && loaded.url === source ? Promise.resolve(loaded.text) : get(url.href, 'text'))
      .then(function (text) {
        return page(base, name, text, params.get('tz')); // a data-time-zone of index.html comes with the viewer
      }).then(function (html) {
        var dot = name.lastIndexOf('.');
        download(html, (dot > 0 ? name.slice(0, dot) : name) + '.html');
      });
  }

  window.TracksideOffline = {page: page, save: save};

  // boot.js loads this script on the first press of the button; from then on the button is ours.
  var root = document.getElementById('trackside');
  var base = new URL('.', document.currentScript.src).href;
  var button = root.querySelector('[data-role=save-offline]');
  var failed = root.querySelector('[data-role=save-offline-failed]');
  function press() {
    button.disabled = true;
    failed.hidden = true;
    save(root, base).then(null, function (e) {
      console.error('Trackside: Save for offline failed', e);
      failed.hidden = false;
    }).then(function () { button.disabled = false; });
  }
  button.onclick = press;
  press();
})();
