import type { ConsentGiver, ContactMethod, ReferralKind } from '../../db/schema.ts';
import { stageName } from '../../domain/journey-stages.ts';
import type { JourneyStatus } from '../../domain/journey-status.ts';

/** The words the journey pages use for codes, in one place. */

export const KIND_NAMES: Record<ReferralKind, string> = {
  fgc: 'Family Group Conference',
  lifelong_links: 'Lifelong Links',
};

export const STATUS_TAGS: Record<JourneyStatus, { text: string; classes: string }> = {
  active: { text: 'Active', classes: 'govuk-tag--green' },
  paused: { text: 'Paused', classes: 'govuk-tag--yellow' },
  ended: { text: 'Ended', classes: 'govuk-tag--grey' },
};

export const GIVER_NAMES: Record<ConsentGiver, string> = {
  young_person: 'The young person',
  parental_responsibility: 'A person with parental responsibility',
};

export const METHOD_NAMES: Record<ContactMethod, string> = {
  in_person: 'In person',
  phone: 'By phone',
  video: 'By video call',
  letter: 'By letter',
  email: 'By email',
};

export function stageLabel(stage: number): string {
  return `Stage ${stage} of 8: ${stageName(stage)}`;
}

// A child's name is written the same way everywhere (src/domain/person-name.ts).
export { childName, childrenNames } from '../../domain/person-name.ts';

/** Text made safe to put inside HTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Free text as paragraphs, keeping the writer's line breaks. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) => `<p class="govuk-body">${escapeHtml(paragraph).replace(/\r?\n/g, '<br>')}</p>`,
    )
    .join('');
}
