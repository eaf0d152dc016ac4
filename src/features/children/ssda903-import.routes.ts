import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Ssda903Problem } from '../../domain/ssda903.ts';
import type { Viewer } from './children.service.ts';
import { type FormProblems, VIEWS, viewerFrom } from './children-request.ts';
import { fileNameToKeep, type ImportActor, importSsda903 } from './ssda903-import.service.ts';
import { previewPage, problemPage } from './ssda903-import.view-model.ts';

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
  blocked?: { blocking: readonly Ssda903Problem[]; findings: readonly Ssda903Problem[] },
) {
  const status = problems || blocked ? 400 : 200;
  return reply.status(status).viewAsync(`${VIEWS}/import-upload.njk`, {
    title: 'Import the looked-after children list',
    ...(blocked ? problemPage(blocked.blocking, blocked.findings) : {}),
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
  headerName: z.string().max(255),
  episodesName: z.string().max(255),
  signature: z.string(),
});

/**
 * Upload, preview, confirm. The preview's confirmation sends the files back as text with a
 * signature (the cookie secret's HMAC of this person, organisation and text), so the import is
 * exactly what was previewed; it is checked again in full before anything is written.
 */
export function ssda903ImportRoutes(app: FastifyInstance, db: Db) {
  const fingerprint = (
    organisationId: string,
    userId: string,
    texts: { header: string; episodes: string },
    names: { header: string; episodes: string },
  ) =>
    createHash('sha256')
      .update(
        JSON.stringify([
          'ssda903',
          organisationId,
          userId,
          texts.header,
          texts.episodes,
          names.header,
          names.episodes,
        ]),
      )
      .digest('base64url');

  app.get('/children/import', { config: access }, async (_request, reply) => renderUpload(reply));

  app.post('/children/import', { config: access }, async (request, reply) => {
    const viewer = viewerFrom(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const problems: FormProblems = { errors: [], fieldErrors: {} };
    const chosen: Partial<Record<'header' | 'episodes', UploadedFile>> = {};
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
        chosen[file.name] = value;
      }
    }
    if (!chosen.header || !chosen.episodes) return renderUpload(reply, problems);

    const names = {
      header: fileNameToKeep(chosen.header.filename, 'header file'),
      episodes: fileNameToKeep(chosen.episodes.filename, 'episodes file'),
    };
    const result = await importSsda903(
      db,
      webImporter(viewer),
      { header: chosen.header.content, episodes: chosen.episodes.content, names },
      { dryRun: true },
    );
    if (result.outcome === 'blocked') return renderUpload(reply, undefined, result);
    if (result.outcome !== 'previewed') throw new Error('A dry run only previews');
    const signature = app.signCookie(
      fingerprint(viewer.organisationId, viewer.id, result.texts, names),
    );
    return reply.viewAsync(`${VIEWS}/import-preview.njk`, {
      title: 'Check what will be imported',
      ...previewPage(result.plan, result.findings),
      texts: result.texts,
      names,
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
    const names = parsed.success
      ? { header: parsed.data.headerName, episodes: parsed.data.episodesName }
      : null;
    const signed = parsed.success ? app.unsignCookie(parsed.data.signature) : null;
    if (
      !texts ||
      !names ||
      !signed?.valid ||
      signed.value !== fingerprint(viewer.organisationId, viewer.id, texts, names)
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
    const result = await importSsda903(
      db,
      webImporter(viewer),
      { ...texts, names },
      { dryRun: false },
    );
    if (result.outcome === 'blocked') return renderUpload(reply, undefined, result);
    if (result.outcome !== 'imported') throw new Error('An import imports');
    return reply.redirect(`/children/import/runs/${result.runId}?imported=yes`, 303);
  });
}
