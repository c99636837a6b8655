// Build-time size pass over the site in target/dist, run by Maven after TeaVM (see pom.xml, execution "minify"):
//   trackside.wasm, trackside-own.wasm   binaryen's wasm-opt -Oz and GUFA (TeaVM leaves ~12 % gzip on the table)
//   trackside.js, trackside-markup.js, classes.wasm-runtime.js, boot.js, trackside-embed.js, first.js, offline.js,
//   sw.js   terser
//   style.css, trackside-embed.css   csso; viewer.html   without comments
// Usage: node tools/minify/minify.mjs DIST_DIR
// The tools are pinned in package-lock.json and installed into tools/minify/node_modules on first use (npm ci).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.argv[2];
if (!dist || !existsSync(join(dist, 'trackside.wasm'))) {
  console.error(`minify: no trackside.wasm in ${dist}`);
  process.exit(2);
}

// Install the pinned tools unless node_modules was installed from this very lock file.
const lockHash = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');
const stamp = join(here, 'node_modules', '.trackside-lock-sha256');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  const npm = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'],
      { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  if (npm.status !== 0) {
    console.error('minify: npm ci failed in tools/minify');
    process.exit(1);
  }
  writeFileSync(stamp, lockHash);
}

const sizes = [];
function before(file) {
  return statSync(file).size;
}

// wasm-opt: the features TeaVM's WasmGC output uses and Chromium/Firefox/Safari run. Not --all-features: binaryen
// would then write newer encodings (exact heap types) that browsers reject. Not --closed-world or
// --traps-never-happen: the JavaScript runtime reaches into the module, and a trap must stay a trap.
const features = ['--enable-gc', '--enable-reference-types', '--enable-exception-handling', '--enable-bulk-memory',
  '--enable-sign-ext', '--enable-nontrapping-float-to-int', '--enable-mutable-globals', '--enable-multivalue'];
// -Oz, then GUFA (whole-program inference of what each field and call can hold: sound without --closed-world, it
// assumes anything that reaches JavaScript may come back as anything) and -Oz again until nothing shrinks: 0.5 KB
// gzip less than -Oz alone, measured on trackside-own.wasm.
const passes = ['-Oz', '--gufa', '-Oz', '--converge'];
// Both wasm engines: every format's, and our own format's (trackside-own.wasm). The two run side by side.
const runs = ['trackside.wasm', 'trackside-own.wasm'].filter((name) => existsSync(join(dist, name))).map((name) => {
  const wasm = join(dist, name);
  const optimized = wasm + '.opt';
  const wasmBefore = before(wasm);
  return new Promise((resolve) => {
    const child = spawn(process.execPath,
        [join(here, 'node_modules', 'binaryen', 'bin', 'wasm-opt'), ...features, ...passes, wasm, '-o', optimized],
        { stdio: 'inherit' });
    child.on('close', (status) => {
      if (status !== 0) {
        console.error(`minify: wasm-opt failed on ${name}`);
        process.exit(1);
      }
      renameSync(optimized, wasm);
      sizes.push([name, wasmBefore, before(wasm)]);
      resolve();
    });
  });
});
await Promise.all(runs);

const { minify } = await import('terser');
for (const name of ['trackside.js', 'trackside-markup.js', 'classes.wasm-runtime.js', 'boot.js', 'trackside-embed.js',
  'first.js', 'offline.js', 'sw.js']) {
  const file = join(dist, name);
  if (!existsSync(file)) {
    continue;
  }
  const code = readFileSync(file, 'utf8');
  const result = await minify(code, { ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, result.code);
  sizes.push([name, Buffer.byteLength(code), Buffer.byteLength(result.code)]);
}
// The stylesheets: csso without restructuring (rules keep their order and their selectors; comments, white space
// and longhand values go): -1 KB gzip each.
const { minify: minifyCss } = await import('csso');
for (const name of ['style.css', 'trackside-embed.css']) {
  const file = join(dist, name);
  const css = readFileSync(file, 'utf8');
  const result = minifyCss(css, { restructure: false }).css;
  writeFileSync(file, result);
  sizes.push([name, Buffer.byteLength(css), Buffer.byteLength(result)]);
}

// viewer.html, the embeds' copy of the viewer's markup, without index.html's comments (for the people who edit
// index.html; -0.4 KB gzip). The first screen's slots stay: they are markup, not notes.
const viewer = join(dist, 'viewer.html');
if (existsSync(viewer)) {
  const html = readFileSync(viewer, 'utf8');
  const result = html.replace(/<!--(?!\/?first:)[\s\S]*?-->/g, '');
  writeFileSync(viewer, result);
  sizes.push(['viewer.html', Buffer.byteLength(html), Buffer.byteLength(result)]);
}

for (const [name, from, to] of sizes) {
  console.log(`minify: ${name} ${from} -> ${to} bytes`);
}
