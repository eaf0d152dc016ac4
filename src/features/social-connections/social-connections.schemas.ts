import { z } from 'zod';
import {
  CLOSENESS,
  CONTACT_FREQUENCIES,
  LOVES_AND_CARES,
  SNAPSHOT_KINDS,
  STRENGTHS,
} from '../../db/schema.ts';
import { choice, optionalText } from '../journeys/form-fields.ts';

/** One person's place in the young person's social connections, as the form asks it. */
export const connectionSchema = z.object({
  memberId: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : ''),
    z.string().regex(/^[0-9a-f-]{36}$/i, 'Choose a person'),
  ),
  closeness: choice(CLOSENESS, 'Choose how close they are'),
  strength: choice(STRENGTHS, 'Choose how the connection feels'),
  contactFrequency: choice(CONTACT_FREQUENCIES, 'Choose how often they are in touch'),
  support: optionalText(500, 'The support they give must be 500 characters or fewer'),
  lovesAndCares: choice(LOVES_AND_CARES, 'Choose the young person’s answer'),
  inOwnWords: optionalText(2000, 'Their words must be 2,000 characters or fewer'),
});
export type ConnectionForm = z.infer<typeof connectionSchema>;

export const snapshotSchema = z.object({
  kind: choice(SNAPSHOT_KINDS, 'Choose when the snapshot is taken'),
});
