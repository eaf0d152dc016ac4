import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Brotli's quality for pages made per request: close to gzip's speed, a smaller result. */
const PAGE_BROTLI_QUALITY = 4;

/**
 * Compresses pages and other text (HTML, CSS, JS, JSON, SVG, CSV) with brotli or gzip, as the
 * browser's Accept-Encoding allows; small replies are sent as they are. Static assets come
 * precompressed (assets.ts) and are left alone. Request bodies are never decompressed: no form
 * of ours is sent compressed, and accepting it would only invite decompression bombs.
 *
 * Compressed HTML that holds a secret is open to BREACH; the CSRF token is masked with a fresh
 * salt on every page (@fastify/csrf), and the session token is only ever in a cookie.
 */
export const compression = fp(async (app: FastifyInstance) => {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: PAGE_BROTLI_QUALITY } },
    zlibOptions: { level: constants.Z_DEFAULT_COMPRESSION },
  });
});
