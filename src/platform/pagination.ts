import { z } from 'zod';

/**
 * Keyset pagination for every list: a page starts after (or ends before) the sort key of a row
 * the person has seen, so the hundredth page costs what the first does (an OFFSET would read and
 * throw away every row before it). The key travels in the address as opaque text.
 */

export interface PageRequest {
  /** `after`: the rows following the key; `before`: the rows preceding it; no key: the first page. */
  direction: 'after' | 'before';
  key: readonly string[] | null;
  size: number;
}

export interface Page<T> {
  rows: T[];
  hasPrevious: boolean;
  hasNext: boolean;
}

export function encodeKey(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** A key from the address, or null when it is missing or not one of ours (then: the first page). */
export function decodeKey(text: string | undefined, length: number): string[] | null {
  if (!text || text.length > 2000) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.length !== length) return null;
    if (!values.every((value) => typeof value === 'string' && !value.includes('\u0000'))) {
      return null;
    }
    return values as string[];
  } catch {
    return null;
  }
}

const cursorText = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.string().max(2000).optional().catch(undefined),
);

/** The two address parameters of a paged list; add them to the list's query schema. */
export const pageQuerySchema = { after: cursorText, before: cursorText };

export function pageRequest(
  query: { after?: string | undefined; before?: string | undefined },
  keyLength: number,
  size: number,
): PageRequest {
  const before = decodeKey(query.before, keyLength);
  if (before) return { direction: 'before', key: before, size };
  return { direction: 'after', key: decodeKey(query.after, keyLength), size };
}

/**
 * Turns the rows a repository fetched (one more than a page, in the walking direction) into a
 * page in display order, knowing whether there is more on each side.
 */
export function pageFrom<T>(fetched: readonly T[], request: PageRequest): Page<T> {
  const more = fetched.length > request.size;
  const rows = fetched.slice(0, request.size);
  if (request.direction === 'before') {
    return { rows: rows.reverse(), hasPrevious: more, hasNext: true };
  }
  return { rows, hasPrevious: request.key !== null, hasNext: more };
}

export interface PageLinks {
  firstHref: string | null;
  previousHref: string | null;
  nextHref: string | null;
}

/**
 * The first, previous and next links of a page; `keyOf` gives a row's sort key. The list's own
 * search and filters stay in each link.
 */
export function pageLinks<T>(
  path: string,
  filters: Record<string, string | number | undefined | null>,
  page: Page<T>,
  keyOf: (row: T) => readonly string[],
): PageLinks {
  const href = (extra: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) {
      if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
    }
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    const text = params.toString();
    return text ? `${path}?${text}` : path;
  };
  const first = page.rows[0];
  const last = page.rows.at(-1);
  return {
    firstHref: page.hasPrevious ? href({}) : null,
    previousHref: page.hasPrevious && first ? href({ before: encodeKey(keyOf(first)) }) : null,
    nextHref: page.hasNext && last ? href({ after: encodeKey(keyOf(last)) }) : null,
  };
}

/** The largest count a list works out exactly; beyond it, "more than 1,000". */
export const COUNT_CAP = 1000;

/** A capped count in words: "2 matches", "More than 1,000 matches". */
export function countInWords(count: number, one: string, many: string): string {
  if (count > COUNT_CAP) return `More than ${COUNT_CAP.toLocaleString('en-GB')} ${many}`;
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
