import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AssetManifest, BuiltAsset } from './asset-build.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The fingerprinted URL of an asset by its name; templates call it as `asset(name)`. */
    assetUrl(name: string): string;
  }
}

/** A fingerprinted file never changes: the browser may keep it for a year without asking. */
const CACHE_FOREVER = 'public, max-age=31536000, immutable';

/** Whether Accept-Encoding allows a coding (a `q=0` refuses it; `*` is not taken as consent). */
function accepts(request: FastifyRequest, coding: string): boolean {
  const header = request.headers['accept-encoding'];
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    if (name.toLowerCase() !== coding) return false;
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

function encodingFor(request: FastifyRequest, asset: BuiltAsset) {
  if (asset.br && accepts(request, 'br')) return { coding: 'br', body: asset.br };
  if (asset.gzip && accepts(request, 'gzip')) return { coding: 'gzip', body: asset.gzip };
  return { coding: undefined, body: asset.body };
}

/**
 * Serves /assets: our stylesheet, scripts and icon, and the design systems' images that the
 * stylesheet uses, under fingerprinted names (asset-build.ts), from memory, precompressed.
 * Only these files; never the packages' templates. Every route here is public. The files are
 * built before the app (buildAssets()): a first build takes longer than a plugin may.
 */
export const assets = fp(
  async (app: FastifyInstance, { manifest }: { manifest: AssetManifest }) => {
    app.decorate('assetUrl', manifest.urlOf);

    app.get(
      '/assets/*',
      { config: { access: 'public' }, compress: false },
      async (request, reply) => {
        const asset = manifest.byUrl.get(request.url.split('?')[0] ?? '');
        if (!asset) return reply.callNotFound();
        const { coding, body } = encodingFor(request, asset);
        reply.header('cache-control', CACHE_FOREVER).type(asset.contentType);
        if (asset.br || asset.gzip) reply.header('vary', 'Accept-Encoding');
        if (coding) reply.header('content-encoding', coding);
        return reply.send(body);
      },
    );
  },
  { name: 'kindred-assets' },
);
