// Build step before the size pass (pom.xml, execution "assemble"; always runs with the browser build, needs only
// node): puts the site's scripts and the embed's stylesheet together in target/dist.
//   classes.wasm-runtime.js   wrapped so that TeaVM's runtime leaves `TeaVM` on self.Trackside, not on the window
//   trackside.js              wrapped so that the JS engine's UMD leaves `main`/`mount` on self.Trackside.js (and
//                             never calls a host page's AMD `define`)
//   boot.js                   web/engine.js + web/boot.js in one function (the hosted page)
//   trackside-embed.js        web/engine.js + web/embed.js in one function (<trackside-schedule>)
//   trackside-embed.css       web/style.css for a shadow root (:root -> :host, rem -> px) + web/embed.css
// So a page running Trackside has one global more, `Trackside`, whichever engine and however many viewers.
// Usage: node tools/minify/assemble.mjs WEB_DIR DIST_DIR
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [web, dist] = process.argv.slice(2);
if (!web || !dist || !existsSync(join(web, 'engine.js'))) {
  console.error('usage: assemble.mjs WEB_DIR DIST_DIR');
  process.exit(2);
}
const read = (dir, name) => readFileSync(join(dir, name), 'utf8');
const NS = '(self.Trackside||(self.Trackside={}))';

// TeaVM writes both files afresh on each build, starting with its "use strict" directive; once wrapped (and
// minified) they start otherwise and are left alone.
function wrap(name, head, tail) {
  const file = join(dist, name);
  if (!existsSync(file)) {
    return;
  }
  const code = readFileSync(file, 'utf8');
  if (code.startsWith('"use strict"')) {
    writeFileSync(file, head + '\n' + code + '\n' + tail + '\n');
    console.log(`assemble: ${name} wrapped`);
  }
}
// The runtime sets globalThis.TeaVM (its simple-wrapper.ts): here globalThis is our namespace.
wrap('classes.wasm-runtime.js', '(function (globalThis) {', `})(${NS});`);
// TeaVM's UMD wrapper takes an `exports` object when there is one and no AMD `define`.
wrap('trackside.js', '(function (define, exports) {', `})(void 0, ${NS}.js = {});`);

function script(name, parts) {
  const code = "(function () {\n'use strict';\n" + parts.map((part) => read(web, part)).join('\n') + '})();\n';
  writeFileSync(join(dist, name), code);
}
script('boot.js', ['engine.js', 'boot.js']);
script('trackside-embed.js', ['engine.js', 'embed.js']);

// Inside a shadow root :root matches nothing, and rem follows the host page's root font size (62.5 % on many
// sites, or a hostile `* { font-size: 40px }`): 1rem is the browser default's 16px.
const css = read(web, 'style.css')
  .replace(/:root\b/g, ':host')
  .replace(/(\d*\.?\d+)rem\b/g, (match, n) => `${+(parseFloat(n) * 16).toFixed(2)}px`);
writeFileSync(join(dist, 'trackside-embed.css'), css + '\n' + read(web, 'embed.css'));
