import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import * as sass from 'sass';
import { govukFrontendDist, srcDir } from './views.ts';

const projectDir = path.dirname(srcDir);
const scssDir = path.join(srcDir, 'assets', 'scss');
const scssEntry = path.join(scssDir, 'kindred.scss');
const require = createRequire(import.meta.url);
/** The stylesheet is rebuilt when any of these is newer: our SCSS or a design-system upgrade. */
const stylesheetSources = () => [
  ...readdirSync(scssDir).map((file) => path.join(scssDir, file)),
  require.resolve('govuk-frontend/package.json'),
  require.resolve('@ministryofjustice/frontend/package.json'),
];
const builtDir = path.join(projectDir, '.kindred-cache', 'assets');
const builtCss = path.join(builtDir, 'kindred.css');

function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Compiles our stylesheet (govuk-frontend and MoJ Frontend with Kindred's settings) when it is
 * missing or older than its source. Written to a temporary file first, so two processes
 * starting at once never serve half a file.
 */
export function buildStylesheet(): string {
  if (modifiedAt(builtCss) > Math.max(...stylesheetSources().map(modifiedAt))) return builtCss;
  const result = sass.compile(scssEntry, {
    loadPaths: [projectDir],
    style: 'compressed',
    quietDeps: true,
    logger: sass.Logger.silent,
  });
  mkdirSync(builtDir, { recursive: true });
  const temporary = `${builtCss}.${process.pid}.tmp`;
  writeFileSync(temporary, result.css);
  renameSync(temporary, builtCss);
  return builtCss;
}

/**
 * Serves /assets: our built stylesheet, our scripts and icons, and govuk-frontend's script.
 * Named files only, never the packages' templates. Every route here is public.
 */
export async function assets(app: FastifyInstance) {
  buildStylesheet();
  await app.register(fastifyStatic, { root: builtDir, serve: false });
  const cacheFor = { maxAge: '1h' };
  const publicDir = path.join(srcDir, 'assets', 'public');
  const govukDir = path.join(govukFrontendDist, 'govuk');
  const files: Record<string, [string, string]> = {
    '/assets/kindred.css': ['kindred.css', builtDir],
    '/assets/govuk/govuk-frontend.min.js': ['govuk-frontend.min.js', govukDir],
    '/assets/kindred/application.mjs': ['application.mjs', publicDir],
    '/assets/kindred/session-timeout.mjs': ['session-timeout.mjs', publicDir],
    '/assets/kindred/kindred-icon.svg': ['kindred-icon.svg', publicDir],
  };
  for (const [url, [file, root]] of Object.entries(files)) {
    app.get(url, { config: { access: 'public' } }, (_request, reply) =>
      reply.sendFile(file, root, cacheFor),
    );
  }
}
