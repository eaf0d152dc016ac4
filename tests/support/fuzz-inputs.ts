import fc from 'fast-check';

/**
 * The inputs of the route fuzzing (tests/integration/fuzz.test.ts): generators written by hand
 * for our forms (zod-fast-check does not support zod 4), and the bodies they are sent as.
 */

/** Field names our forms use, and a few they do not. */
export const FIELDS = [
  '_csrf',
  'email',
  'password',
  'organisation',
  'returnTo',
  'q',
  'firstName',
  'lastName',
  'preferredName',
  'dateOfBirth-day',
  'dateOfBirth-month',
  'dateOfBirth-year',
  'day',
  'month',
  'year',
  'time',
  'duration',
  'venue',
  'reason',
  'hopes',
  'bottomLines',
  'knownRisks',
  'placementTimeline',
  'notes',
  'body',
  'sensitive',
  'decision',
  'declineReason',
  'criteriaMet',
  'coordinatorId',
  'hasConflict',
  'conflictDetails',
  'kind',
  'childId',
  'childIds',
  'giver',
  'giverName',
  'relationship',
  'method',
  'scope',
  'shareLocation',
  'shareOnlyWith',
  'ownWords',
  'stage',
  'toStage',
  'status',
  'role',
  'roles',
  'teamId',
  'name',
  'displayName',
  'languages',
  'currentPassword',
  'newPassword',
  'confirmPassword',
  'upn',
  'caseRecordId',
  'action',
  'outcome',
  'headerText',
  'episodesText',
  'signature',
  '__proto__',
  'constructor',
] as const;

/** Text a person, a broken client or an attacker might send. */
export const NASTY = [
  '',
  ' ',
  'abc\u0000',
  '\u0000',
  'line\u000Bbreak',
  'one\r\ntwo',
  '\ttabbed',
  '\u0085next',
  '\u007F',
  '%00',
  '%',
  "O'Brien",
  'Zoë Ångström',
  '李小龙',
  '😀',
  '\uFEFF',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '../../etc/passwd',
  '//evil.example',
  '/\t/evil.example',
  'https://evil.example/',
  '2026-02-30',
  '31',
  '13',
  '0',
  '-1',
  '99999999999999999999',
  '1e309',
  'NaN',
  'true',
  'on',
  'null',
  '[]',
  '{}',
  'x'.repeat(3_000),
  '\n'.repeat(500),
];

export const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 3000 }).map(String) },
);
export const fieldValue = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.array(text, { minLength: 2, maxLength: 3 }) },
);
export const form = fc.dictionary(
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIELDS) }, fc.string({ maxLength: 8 })),
  fieldValue,
  { maxKeys: 8 },
);

export type BodyKind = 'form' | 'json-array' | 'json-string' | 'text' | 'multipart';
export const bodyKind = fc.oneof(
  { weight: 12, arbitrary: fc.constant<BodyKind>('form') },
  { weight: 1, arbitrary: fc.constantFrom<BodyKind>('json-array', 'json-string', 'text') },
  { weight: 1, arbitrary: fc.constant<BodyKind>('multipart') },
);

/** A path parameter: usually a real record, sometimes another id or nonsense. */
export const paramChoice = fc.oneof(
  { weight: 6, arbitrary: fc.constant('real') },
  { weight: 1, arbitrary: fc.constant('random') },
  { weight: 2, arbitrary: text },
);

export function encodeForm(
  values: Record<string, unknown>,
  csrfToken: string | null,
): URLSearchParams {
  const body = new URLSearchParams();
  if (csrfToken !== null) body.append('_csrf', csrfToken);
  for (const [key, value] of Object.entries(values)) {
    if (key === '_csrf') continue;
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, String(item));
  }
  return body;
}

export function bodyFor(kind: BodyKind, values: Record<string, unknown>, csrfToken: string) {
  const encoded = encodeForm(values, csrfToken);
  switch (kind) {
    case 'form':
      return { type: 'application/x-www-form-urlencoded', payload: encoded.toString() };
    case 'json-array':
      return { type: 'application/json', payload: JSON.stringify([values]) };
    case 'json-string':
      return { type: 'application/json', payload: JSON.stringify(encoded.toString()) };
    case 'text':
      return { type: 'text/plain', payload: encoded.toString() };
    case 'multipart': {
      const boundary = 'kindredfuzz';
      const parts = [...encoded].map(
        ([key, value]) =>
          `--${boundary}\r\ncontent-disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`,
      );
      return {
        type: `multipart/form-data; boundary=${boundary}`,
        payload: `${parts.join('')}--${boundary}--\r\n`,
      };
    }
  }
}
