import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { childFormRoutes } from './child-form.routes.ts';
import { childrenRoutes } from './children.routes.ts';
import { ChildrenRegister } from './children.service.ts';
import { ssda903HistoryRoutes } from './ssda903-history.routes.ts';
import { MAX_FILE_BYTES, ssda903ImportRoutes, type UploadedFile } from './ssda903-import.routes.ts';

/**
 * Children and young people: the register (search before create, add, change), a child's record
 * with their chronology and cases, and the import of the looked-after children list (SSDA903).
 */
export async function childrenFeature(app: FastifyInstance, options: { db: Db }) {
  // File uploads, for these routes only. Fields arrive as plain strings (so the CSRF check in
  // preHandler finds `_csrf`), and each file as { filename, content, tooLarge }: a file over the
  // limit is cut short and refused with a message rather than an error page.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: {
      fileSize: MAX_FILE_BYTES,
      files: 2,
      fields: 10,
      // The preview's confirmation sends both files back as text fields.
      fieldSize: MAX_FILE_BYTES + 1024 * 1024,
      parts: 12,
      headerPairs: 100,
    },
    async onFile(part) {
      const content = await part.toBuffer();
      const file: UploadedFile = {
        filename: part.filename,
        content,
        tooLarge: part.file.truncated,
      };
      (part as unknown as { value: UploadedFile }).value = file;
    },
  });

  const register = new ChildrenRegister(options.db);
  childrenRoutes(app, register);
  childFormRoutes(app, register);
  ssda903ImportRoutes(app, options.db);
  ssda903HistoryRoutes(app, options.db);
}
