import type { RelativeRole } from './genogram.schemas.ts';
import type { NetworkPage } from './genogram.service.ts';

/** The "add a parent / partner / child / carer" form: its words and its choices. */

const HEADINGS: Record<RelativeRole, string> = {
  parent: 'Add a parent',
  partner: 'Add a partner',
  child: 'Add a child',
  carer: 'Add a carer',
};

export function relativeFormModel(page: NetworkPage, values: Record<string, unknown>) {
  const entries = page.genogram.entries;
  const anchor = entries.find((e) => e.person.id === values.personId) ?? entries[0];
  const as = (
    typeof values.as === 'string' && values.as in HEADINGS ? values.as : 'parent'
  ) as RelativeRole;
  const anchorName = anchor?.person.name ?? 'the young person';
  const chosen = typeof values.existingPersonId === 'string' ? values.existingPersonId : '';
  return {
    title: `${HEADINGS[as]} for ${anchorName}`,
    as,
    anchorId: anchor?.person.id ?? '',
    anchorName,
    action: `/journeys/${page.found.journey.id}/children/${page.child.id}/genogram/relatives`,
    backHref: `/journeys/${page.found.journey.id}/children/${page.child.id}/genogram`,
    people: [
      { value: '', text: 'Someone new (enter their details below)', selected: chosen === '' },
      ...entries
        .filter((e) => e.person.id !== anchor?.person.id)
        .map((e) => ({
          value: e.person.id,
          text: e.relationship ? `${e.person.name} (${e.relationship})` : e.person.name,
          selected: chosen === e.person.id,
        })),
    ],
    needsKind: as === 'parent' || as === 'child',
    needsStatus: as === 'partner',
  };
}
