/**
 * Sharing information about a young person with someone in their network obeys that child's
 * consent (DOMAIN.md: "a consent to share information with the network is separate and can be
 * narrowed to named people"; the Lifelong Links standards: agreement must be obtained from the
 * young person to share their information). Pure: the service gives it the child's consents.
 */

export type ShareItem =
  | 'about_lifelong_links'
  | 'how_they_are'
  | 'their_story'
  | 'photos'
  | 'contact_details'
  | 'where_they_live';

export const SHARE_ITEMS: ReadonlyArray<{ code: ShareItem; text: string }> = [
  { code: 'about_lifelong_links', text: 'That they are taking part in Lifelong Links, and why' },
  { code: 'how_they_are', text: 'How they are and what they are doing now' },
  { code: 'their_story', text: 'Their story: what has happened in their life' },
  { code: 'photos', text: 'Photos of them' },
  { code: 'contact_details', text: 'How to get in touch with them' },
  { code: 'where_they_live', text: 'Where they live' },
];

/** One consent given for the child, as it stands now. */
export interface ShareConsent {
  giver: 'young_person' | 'parental_responsibility';
  giverName: string | null;
  share: boolean;
  shareLocation: boolean;
  /** Free text naming the only people information may go to, or null for anyone in the network. */
  shareOnlyWith: string | null;
  withdrawn: boolean;
}

export interface ShareRequest {
  sharedWith: string;
  items: readonly ShareItem[];
}

export type ShareDecision = { allowed: true } | { allowed: false; reason: string; field: string };

/** The people a consent names, one per line or separated by commas or semicolons. */
export function namedPeople(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/[\n,;]+/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function giverWords(consent: ShareConsent): string {
  return consent.giver === 'young_person'
    ? 'the young person'
    : `${consent.giverName ?? 'the person with parental responsibility'}`;
}

/**
 * A share is allowed only when the young person has agreed to share and no consent for the child
 * is withdrawn or refuses sharing; when any consent names the only people information may go to,
 * the person must be one of them; where the young person lives needs every consent to say so.
 */
export function decideShare(consents: readonly ShareConsent[], share: ShareRequest): ShareDecision {
  const withdrawn = consents.find((consent) => consent.withdrawn);
  if (withdrawn) {
    return {
      allowed: false,
      field: 'sharedWith',
      reason: `Nothing can be shared: ${giverWords(withdrawn)} has withdrawn their consent.`,
    };
  }
  if (!consents.some((consent) => consent.giver === 'young_person' && consent.share)) {
    return {
      allowed: false,
      field: 'sharedWith',
      reason:
        'Nothing can be shared: the young person has not agreed to information about them being shared with their network.',
    };
  }
  const refusing = consents.find((consent) => !consent.share);
  if (refusing) {
    return {
      allowed: false,
      field: 'sharedWith',
      reason: `Nothing can be shared: ${giverWords(refusing)} has not agreed to information being shared with the network.`,
    };
  }
  const recipient = normalName(share.sharedWith);
  for (const consent of consents) {
    const named = namedPeople(consent.shareOnlyWith);
    if (named.length > 0 && !named.map(normalName).includes(recipient)) {
      return {
        allowed: false,
        field: 'sharedWith',
        reason: `This share is outside consent: ${giverWords(consent)} agreed to share only with ${named.join(', ')}. ${share.sharedWith.trim().replace(/\s+/g, ' ')} is not one of them.`,
      };
    }
  }
  if (share.items.includes('where_they_live')) {
    const notAgreed = consents.find((consent) => !consent.shareLocation);
    if (notAgreed) {
      return {
        allowed: false,
        field: 'what',
        reason: `Where the young person lives cannot be shared: ${giverWords(notAgreed)} has not agreed to it.`,
      };
    }
  }
  return { allowed: true };
}
