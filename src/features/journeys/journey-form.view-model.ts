import type { JourneyCase } from './journey-case.service.ts';
import { childrenNames, KIND_NAMES, STATUS_TAGS, stageLabel } from './journey-labels.ts';

/** Who and what a change page is about, shown above its form. */
export interface CaseSummary {
  journeyId: string;
  /** The journey's reference, which names it in the page title. */
  reference: string;
  names: string;
  kindName: string;
  caption: string;
  stage: number;
  stageText: string;
  status: JourneyCase['journey']['status'];
  statusText: string;
  caseHref: string;
}

export function caseSummary(found: JourneyCase): CaseSummary {
  const { journey } = found;
  return {
    journeyId: journey.id,
    reference: journey.reference,
    names: childrenNames(found.children),
    kindName: KIND_NAMES[journey.kind],
    caption: `${KIND_NAMES[journey.kind]} · ${journey.reference}`,
    stage: journey.stage,
    stageText: stageLabel(journey.stage),
    status: journey.status,
    statusText: STATUS_TAGS[journey.status].text,
    caseHref: `/journeys/${journey.id}`,
  };
}
