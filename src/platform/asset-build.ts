import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { govukFrontendDist, mojFrontendDir, srcDir } from './views.ts';

const require = createRequire(import.meta.url);
const projectDir = path.dirname(srcDir);
const scssDir = path.join(srcDir, 'assets', 'scss');
const publicDir = path.join(srcDir, 'assets', 'public');
const govukDir = path.join(govukFrontendDist, 'govuk');
/** Where the stylesheet's images are found, by the `/assets/images/...` URL the CSS uses. */
const imageDirs = [
  path.join(mojFrontendDir, 'moj', 'assets', 'images'),
  path.join(govukDir, 'assets', 'images'),
];
export const assetCacheDir = path.join(projectDir, '.kindred-cache', 'assets');

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** Text worth compressing; images in PNG are compressed already. */
const COMPRESSIBLE = new Set(['.css', '.js', '.mjs', '.svg']);
/** Smaller files are sent as they are: compression would save less than its headers cost. */
const COMPRESS_FROM_BYTES = 1024;

export interface BuiltAsset {
  url: string;
  contentType: string;
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

export interface AssetManifest {
  /** The fingerprinted URL of an asset by its name, such as `kindred.css`. */
  urlOf(name: string): string;
  byUrl: ReadonlyMap<string, BuiltAsset>;
}

/** A package's package.json; sass does not export it, so it is found from the entry point. */
function packageJsonOf(name: string): string {
  try {
    return require.resolve(`${name}/package.json`);
  } catch {}
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return path.join(dir, 'package.json');
}

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** Writes through a temporary file, so a second Kindred starting at once never reads half. */
async function writeAtomically(file: string, content: string | Buffer) {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/** Reads a file from the cache, or makes it and keeps it there. */
async function cached(file: string, make: () => Promise<string | Buffer>): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    const content = await make();
    await writeAtomically(file, content);
    return Buffer.from(content);
  }
}

/**
 * The stylesheet: govuk-frontend and MoJ Frontend with Kindred's settings. Compiling takes
 * seconds, so the CSS is kept in the cache under a hash of everything it is made from (our
 * SCSS and the versions of the design systems and of sass), and sass is loaded only to compile.
 */
async function compiledStylesheet(keep: Set<string>): Promise<string> {
  const scssFiles = (await readdir(scssDir)).sort();
  const versions = await Promise.all(
    ['govuk-frontend', '@ministryofjustice/frontend', 'sass'].map((name) =>
      readFile(packageJsonOf(name), 'utf8'),
    ),
  );
  const sources = await Promise.all(scssFiles.map((file) => readFile(path.join(scssDir, file))));
  const key = sha256(
    [...versions, ...scssFiles, ...sources.map((source) => sha256(source))].join('\n'),
  );
  const file = path.join(assetCacheDir, `compiled-${key.slice(0, 16)}.css`);
  keep.add(file);
  const css = await cached(file, async () => {
    const sass = await import('sass');
    return sass.compile(path.join(scssDir, 'kindred.scss'), {
      loadPaths: [projectDir],
      style: 'compressed',
      quietDeps: true,
      logger: sass.Logger.silent,
    }).css;
  });
  return css.toString('utf8');
}

async function precompressed(body: Buffer, hash: string, keep: Set<string>) {
  const brFile = path.join(assetCacheDir, `${hash}.br`);
  const gzFile = path.join(assetCacheDir, `${hash}.gz`);
  keep.add(brFile).add(gzFile);
  const [br, gz] = await Promise.all([
    cached(brFile, () =>
      promisify(brotliCompress)(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ),
    cached(gzFile, () => promisify(gzip)(body, { level: constants.Z_BEST_COMPRESSION })),
  ]);
  return { br, gzip: gz };
}

/**
 * Builds every asset once, at start: names carry a hash of the content, so a browser may keep
 * them for a year and still never sees a stale file after an upgrade; text comes precompressed
 * with brotli and gzip at their best settings (kept in the cache, as that is slow). References
 * between assets (the stylesheet's images, the script's import) are rewritten to the
 * fingerprinted URLs, so a changed image changes the stylesheet's name too.
 */
export async function buildAssets(): Promise<AssetManifest> {
  await mkdir(assetCacheDir, { recursive: true });
  const keep = new Set<string>();
  const byUrl = new Map<string, BuiltAsset>();
  const urlByName = new Map<string, string>();
  /** The unfingerprinted URLs that our CSS and scripts are written with. */
  const urlBySourceUrl = new Map<string, string>();

  async function add(name: string, sourceUrl: string, body: Buffer) {
    const extension = path.extname(name);
    const hash = sha256(body);
    const url = `/assets/${name.slice(0, -extension.length)}-${hash.slice(0, 16)}${extension}`;
    const asset: BuiltAsset = {
      url,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      body,
    };
    if (COMPRESSIBLE.has(extension) && body.length >= COMPRESS_FROM_BYTES) {
      Object.assign(asset, await precompressed(body, hash, keep));
    }
    byUrl.set(url, asset);
    urlByName.set(name, url);
    urlBySourceUrl.set(sourceUrl, url);
  }

  const css = await compiledStylesheet(keep);
  const imageUrls = new Set(
    [...css.matchAll(/url\("?(\/assets\/images\/[^")]+)"?\)/g)].map((m) => m[1] as string),
  );
  for (const imageUrl of imageUrls) {
    const name = imageUrl.slice('/assets/'.length);
    const dir = imageDirs.find((candidate) =>
      existsSync(path.join(candidate, path.basename(name))),
    );
    if (dir) await add(name, imageUrl, await readFile(path.join(dir, path.basename(name))));
  }
  const withImages = css.replace(
    /url\("?(\/assets\/images\/[^")]+)"?\)/g,
    (reference, url: string) => {
      const fingerprinted = urlBySourceUrl.get(url);
      return fingerprinted ? `url(${fingerprinted})` : reference;
    },
  );
  await add('kindred.css', '/assets/kindred.css', Buffer.from(withImages));

  await add(
    'govuk-frontend.min.js',
    '/assets/govuk/govuk-frontend.min.js',
    await readFile(path.join(govukDir, 'govuk-frontend.min.js')),
  );
  const script = await readFile(path.join(publicDir, 'application.mjs'), 'utf8');
  const withImports = script.replace(/from '(\/assets\/[^']+)'/g, (_reference, url: string) => {
    const fingerprinted = urlBySourceUrl.get(url);
    if (!fingerprinted) throw new Error(`application.mjs imports ${url}, which is not an asset`);
    return `from '${fingerprinted}'`;
  });
  await add('application.mjs', '/assets/kindred/application.mjs', Buffer.from(withImports));
  await add(
    'session-timeout.mjs',
    '/assets/kindred/session-timeout.mjs',
    await readFile(path.join(publicDir, 'session-timeout.mjs')),
  );
  await add(
    'kindred-icon.svg',
    '/assets/kindred/kindred-icon.svg',
    await readFile(path.join(publicDir, 'kindred-icon.svg')),
  );

  await removeStale(keep);
  return {
    byUrl,
    urlOf(name) {
      const url = urlByName.get(name);
      if (!url) throw new Error(`There is no asset called ${name}`);
      return url;
    },
  };
}

/** Old compiled stylesheets and compressed files, from before an edit or an upgrade. */
async function removeStale(keep: Set<string>) {
  for (const file of await readdir(assetCacheDir)) {
    const full = path.join(assetCacheDir, file);
    if (!keep.has(full) && !file.endsWith('.tmp')) await rm(full, { force: true });
  }
}
