import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Ssda903Problem } from '../../domain/ssda903.ts';
import type { ImportCounts } from '../../domain/ssda903-plan.ts';
import type { Viewer } from './children.service.ts';
import { type FormProblems, VIEWS, viewerFrom } from './children-request.ts';
import { type ImportActor, importSsda903 } from './ssda903-import.service.ts';
import { countRows, previewPage, problemPage } from './ssda903-import.view-model.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const access = { access: 'children:import', uploads: true } as const;
const FILES = [
  { name: 'header', words: 'header file' },
  { name: 'episodes', words: 'episodes file' },
] as const;

/** A file field as the multipart plugin leaves it (see index.ts). */
export interface UploadedFile {
  filename: string;
  content: Buffer;
  tooLarge: boolean;
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && 'content' in value && 'tooLarge' in value;
}

function renderUpload(
  reply: FastifyReply,
  problems?: FormProblems,
  fileProblems: readonly Ssda903Problem[] = [],
) {
  const status = problems || fileProblems.length > 0 ? 400 : 200;
  return reply.status(status).viewAsync(`${VIEWS}/import-upload.njk`, {
    title: 'Import the looked-after children list',
    ...(fileProblems.length > 0 ? problemPage(fileProblems) : {}),
    ...problems,
  });
}

/** The person importing through these pages, as the import audits them. */
function webImporter(viewer: Viewer): ImportActor {
  return {
    organisationId: viewer.organisationId,
    userId: viewer.id,
    requestId: viewer.requestId,
    via: 'web',
  };
}

const confirmSchema = z.object({
  headerText: z.string(),
  episodesText: z.string(),
  signature: z.string(),
});

const count = z.coerce.number().int().min(0).max(1_000_000).catch(0);
const doneSchema = z.object({
  childrenAdded: count,
  childrenUpdated: count,
  childrenUnchanged: count,
  episodesAdded: count,
  episodesUpdated: count,
  episodesUnchanged: count,
});

/**
 * Upload, preview, confirm. The preview's confirmation sends the files back as text with a
 * signature (the cookie secret's HMAC of this person, organisation and text), so the import is
 * exactly what was previewed; it is checked again in full before anything is written.
 */
export function ssda903ImportRoutes(app: FastifyInstance, db: Db) {
  const fingerprint = (organisationId: string, userId: string, header: string, episodes: string) =>
    createHash('sha256')
      .update(JSON.stringify(['ssda903', organisationId, userId, header, episodes]))
      .digest('base64url');

  app.get('/children/import', { config: access }, async (_request, reply) => renderUpload(reply));

  app.post('/children/import', { config: access }, async (request, reply) => {
    const viewer = viewerFrom(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const problems: FormProblems = { errors: [], fieldErrors: {} };
    const chosen: Partial<Record<'header' | 'episodes', Buffer>> = {};
    for (const file of FILES) {
      const value = body[file.name];
      const problem = (text: string) => {
        problems.errors.push({ text, href: `#${file.name}` });
        problems.fieldErrors[file.name] = { text };
      };
      if (!isUploadedFile(value) || (value.content.length === 0 && value.filename === '')) {
        problem(`Select the ${file.words}`);
      } else if (value.tooLarge) {
        problem(`The ${file.words} must be smaller than 5 MB`);
      } else {
        chosen[file.name] = value.content;
      }
    }
    if (!chosen.header || !chosen.episodes) return renderUpload(reply, problems);

    const result = await importSsda903(
      db,
      webImporter(viewer),
      { header: chosen.header, episodes: chosen.episodes },
      { dryRun: true },
    );
    if (result.outcome === 'invalid') return renderUpload(reply, undefined, result.problems);
    const signature = app.signCookie(
      fingerprint(viewer.organisationId, viewer.id, result.texts.header, result.texts.episodes),
    );
    return reply.viewAsync(`${VIEWS}/import-preview.njk`, {
      title: 'Check what will be imported',
      ...previewPage(result.plan),
      texts: result.texts,
      signature,
    });
  });

  app.post('/children/import/confirm', { config: access }, async (request, reply) => {
    const viewer = viewerFrom(request);
    const parsed = confirmSchema.safeParse(request.body ?? {});
    const texts = parsed.success
      ? {
          header: parsed.data.headerText.replace(/\r\n?/g, '\n'),
          episodes: parsed.data.episodesText.replace(/\r\n?/g, '\n'),
        }
      : null;
    const signed = parsed.success ? app.unsignCookie(parsed.data.signature) : null;
    if (
      !texts ||
      !signed?.valid ||
      signed.value !== fingerprint(viewer.organisationId, viewer.id, texts.header, texts.episodes)
    ) {
      return renderUpload(reply, {
        errors: [
          {
            text: 'The files could not be imported as they were checked. Upload them again',
            href: '#header',
          },
        ],
        fieldErrors: {},
      });
    }
    const result = await importSsda903(db, webImporter(viewer), texts, { dryRun: false });
    if (result.outcome === 'invalid') return renderUpload(reply, undefined, result.problems);
    const query = new URLSearchParams(
      Object.entries(result.plan.counts).map(([key, value]): [string, string] => [
        key,
        String(value),
      ]),
    );
    return reply.redirect(`/children/import/done?${query}`, 303);
  });

  app.get('/children/import/done', { config: access }, async (request, reply) => {
    const counts: ImportCounts = doneSchema.parse(request.query ?? {});
    return reply.viewAsync(`${VIEWS}/import-done.njk`, {
      title: 'Import complete',
      counts: countRows(counts, 'did'),
    });
  });
}
