import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';

export async function adminFeature(app: FastifyInstance, _options: { db: Db }) {
  app.get('/users', { config: { access: 'users:manage' } }, async () => 'users');
}
