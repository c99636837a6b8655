// Build step before the size pass (pom.xml, execution "assemble"; always runs with the browser build, needs only
// node): puts the site's scripts and the embed's stylesheet together in target/dist.
//   classes.wasm-runtime.js   wrapped so that TeaVM's runtime leaves `TeaVM` on self.Trackside, not on the window
//   trackside.js              wrapped so that the JS engine's UMD leaves `main`/`mount` on self.Trackside.js (and
//                             never calls a host page's AMD `define`); trackside-markup.js likewise, on
//                             self.Trackside.markup
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
trimRuntime();
wrap('classes.wasm-runtime.js', '(function (globalThis) {', `})(${NS});`);
// TeaVM's UMD wrapper takes an `exports` object when there is one and no AMD `define`.
wrap('trackside.js', '(function (define, exports) {', `})(void 0, ${NS}.js = {});`);
// The formatter of abstracts the wasm engines load when first needed: render and plain on self.Trackside.markup.
wrap('trackside-markup.js', '(function (define, exports) {', `})(void 0, ${NS}.markup = {});`);

// TeaVM's wasm runtime, less what Trackside's engines never use (1.5 KB gzip of 5.7): the stack deobfuscator, Emscripten
// modules sharing linear memory, Node.js file loading, and the Date, console and async imports. Each cut is an exact
// piece of TeaVM 0.15.0's file; if TeaVM changes it, the build stops here rather than ship a runtime half cut. Then
// the engines' imports are checked against what is left.
function trimRuntime() {
  const file = join(dist, 'classes.wasm-runtime.js');
  if (!existsSync(file)) {
    return;
  }
  let code = readFileSync(file, 'utf8');
  if (!code.startsWith('"use strict"')) {
    return; // trimmed and wrapped already
  }
  const cut = (from, to, why) => {
    if (code.split(from).length !== 2) {
      console.error(`assemble: TeaVM's classes.wasm-runtime.js has changed (${why}): update trimRuntime()`);
      process.exit(1);
    }
    code = code.replace(from, () => to);
  };
  // load(): neither a deobfuscator nor Emscripten modules, and the URL is fetched (never read from a Node.js file).
  cut('const n=t.nodejs||typeof process!=="undefined";const r=t.emscriptenModules??{};const o=t.stackDeobfuscator??{};'
      + 'const a=o.infoLocation??"auto";const s=J(e,n);const[l,c,i,u]=await Promise.all([o.enabled?R(e,o,n):'
      + 'Promise.resolve(null),s,N(e,a,o,n),$(r,n)]);', 'const c=await J(e),u=[];', 'load');
  cut('if(l){const w=a==="auto"||a==="embedded"?c:null;const h=z(w,i,l);if(h!==null){m.supplyStackDeobfuscator(h)}}',
      '', 'deobfuscator');
  cut('async function g(e,t){if(!t){const n=await fetch(e);return[n,()=>{}]}else{', 'async function g(e,t){{',
      'fetch');
  cut('const r=await W();const o=await r.open(e,"r");const a=await o.readableWebStream();const n=new Response(a,'
      + '{headers:{"Content-Type":"application/wasm"}});return[n,()=>o.close()]}', 'return[await fetch(e),()=>{}]}',
      'Node.js files');
  // Imports: of teavmDate only the clock (trackside.wasm asks it), no teavmConsole or teavmAsync.
  cut('p(e);m(e);b(e,r);d(e);', 'e.teavmDate={currentTimeMillis:()=>Date.now()};b(e,r);', 'imports');
  // Linear memory for the module alone (no Emscripten modules to lay out beside it).
  const memory = code.indexOf('async function A(u,e,t,n){');
  const memoryEnd = code.indexOf('var y=class{');
  if (memory < 0 || memoryEnd < memory) {
    console.error("assemble: TeaVM's classes.wasm-runtime.js has changed (memory): update trimRuntime()");
    process.exit(1);
  }
  code = code.slice(0, memory) + 'async function A(u,e,t){const r=e.memory??{};const o=t?O(t):{};let f=r.external;'
      + 'let s=o.dataSize??0;let c=r.maxSize;s=k(s,8);const i=s;if(!f){const j=o.min??0;s+=j;s=Math.max(s,'
      + 'r.minSize??0);const J=r.shared??o.shared??false;c??=(1<<31)-1|0;const S=Math.max(j,1);const W=J?S:'
      + '(c-1>>16)+1;f=new WebAssembly.Memory({shared:J,initial:S,maximum:W})}u.env={memory:f};u.teavmMemory={'
      + 'linearMemory(){return f.buffer},notifyHeapResized:r.onResize??function(){},heapOffset:new WebAssembly.Global('
      + '{value:"i32",mutable:false},i),maxSize:new WebAssembly.Global({value:"i32",mutable:false},c)};return{}}'
      + code.slice(memoryEnd);
  // esbuild's CommonJS helpers, which nothing calls.
  const helpers = code.indexOf('var r=Object.create;');
  const helpersEnd = code.indexOf('var n=new Map;');
  if (helpers < 0 || helpersEnd < helpers) {
    console.error("assemble: TeaVM's classes.wasm-runtime.js has changed (helpers): update trimRuntime()");
    process.exit(1);
  }
  code = code.slice(0, helpers) + code.slice(helpersEnd);
  writeFileSync(file, code);
  const kept = new Set(['env', 'teavm', 'teavmDate currentTimeMillis', 'teavmJso', 'teavmMath', 'teavmMemory',
    'wasm:js-string']);
  for (const name of ['trackside.wasm', 'trackside-own.wasm']) {
    if (!existsSync(join(dist, name))) {
      continue;
    }
    for (const module of importModules(readFileSync(join(dist, name)))) {
      if (!kept.has(module) && !kept.has(module.replace(/ .*/, ''))) {
        console.error(`assemble: ${name} imports "${module}", which trimRuntime() takes out of TeaVM's runtime`);
        process.exit(1);
      }
    }
  }
  console.log('assemble: classes.wasm-runtime.js trimmed');
}

// What a wasm binary imports, from its import section (node 20 cannot compile WasmGC to ask it): the module's name,
// and for teavmDate the module's and the import's ("teavmDate currentTimeMillis").
function importModules(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return value;
    }
  };
  const name = () => {
    const length = leb();
    at += length;
    return bytes.subarray(at - length, at).toString('utf8');
  };
  const refType = () => { // a reference type: one byte, or (ref null? heaptype)
    const b = bytes[at++];
    if (b === 0x63 || b === 0x64) leb();
  };
  const limits = () => {
    const flags = bytes[at++];
    leb();
    if (flags & 1) leb();
  };
  const modules = new Set();
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        const module = name();
        const field = name();
        modules.add(module === 'teavmDate' ? module + ' ' + field : module);
        const kind = bytes[at++];
        if (kind === 0) leb();
        else if (kind === 1) { refType(); limits(); }
        else if (kind === 2) limits();
        else if (kind === 3) { refType(); at++; }
        else if (kind === 4) { at++; leb(); }
      }
    }
    at = end;
  }
  return modules;
}

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
