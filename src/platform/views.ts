import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import view from '@fastify/view';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nunjucks from 'nunjucks';
import { ROLE_NAMES } from '../domain/roles.ts';
import { formatDate, formatDateTime } from './date-format.ts';
import { trimFilter } from './trim-filter.ts';

const require = createRequire(import.meta.url);
export const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const govukFrontendDist = path.join(
  path.dirname(require.resolve('govuk-frontend/package.json')),
  'dist',
);
export const mojFrontendDir = path.dirname(
  require.resolve('@ministryofjustice/frontend/package.json'),
);

/**
 * Templates are found by path from `src/views` (layouts, errors), from `src` (a feature's own
 * `features/<name>/views/*.njk`), and from the design systems' packages (`govuk/...`, `moj/...`).
 */
export const templateDirs = [path.join(srcDir, 'views'), srcDir, govukFrontendDist, mojFrontendDir];

/**
 * Kindred's globals and filters, on the environment that @fastify/view creates. `asset(name)`
 * gives an asset's fingerprinted URL (assets.ts).
 */
export function configureNunjucks(env: nunjucks.Environment, assetUrl?: (name: string) => string) {
  env.addGlobal('serviceName', 'Kindred');
  if (assetUrl) env.addGlobal('asset', assetUrl);
  env.addGlobal('roleNames', ROLE_NAMES);
  env.addFilter('trim', trimFilter);
  env.addFilter('date', (value: Date | string | null | undefined) => formatDate(value));
  env.addFilter('dateTime', (value: Date | string | null | undefined) => formatDateTime(value));
  // MoJ Frontend's components (the timeline) format their dates with `mojDate`.
  env.addFilter('mojDate', (value: Date | string | null | undefined, type: string) =>
    type === 'date' || type === 'shortdate' ? formatDate(value) : formatDateTime(value),
  );
}

export const views = fp(
  async (app: FastifyInstance, options: { watch: boolean }) => {
    await app.register(view, {
      engine: { nunjucks },
      templates: templateDirs,
      production: !options.watch,
      options: {
        autoescape: true,
        noCache: options.watch,
        onConfigure: (env: nunjucks.Environment) => configureNunjucks(env, app.assetUrl),
      },
    });
  },
  { name: 'kindred-views', dependencies: ['kindred-assets'] },
);
