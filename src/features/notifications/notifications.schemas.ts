import { z } from 'zod';
import { NOTICE_KINDS, type NoticeKind } from '../../domain/notice-kinds.ts';
import { pageQuerySchema } from '../../platform/pagination.ts';

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const centreQuerySchema = z.object({
  ...pageQuerySchema,
  done: z.preprocess(single, z.string().max(40).optional().catch(undefined)),
});

const kinds = Object.keys(NOTICE_KINDS) as [NoticeKind, ...NoticeKind[]];

/** The kinds ticked; none ticked sends no field at all. An unknown kind is refused. */
export const preferencesSchema = z.object({
  byEmail: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(kinds, { error: 'Choose from the kinds of notification listed' })).max(50),
  ),
});
