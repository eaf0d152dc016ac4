import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';

/** Placeholder: being built (issue 3). */
export async function childrenFeature(_app: FastifyInstance, _options: { db: Db }) {}
