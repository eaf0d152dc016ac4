import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { formatDate } from '../../platform/date-format.ts';
import { asList } from '../../platform/forms.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { childName } from '../journeys/journey-labels.ts';
import type { ChronologyItemRow } from './chronology.repository.ts';
import {
  CATEGORIES,
  CATEGORY_NAMES,
  CHRONOLOGY_FIELDS,
  chronologySchema,
} from './chronology.schemas.ts';
import type { ChronologyService } from './chronology.service.ts';
import { discoveryNotice } from './discovery.view-model.ts';
import { canAddTo, networkFormRoutes, networkPageRoute } from './network-form-route.ts';

type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };
type FormPage = Extract<Awaited<ReturnType<ChronologyService['page']>>, { outcome: 'found' }>;

/** A chronology row for the page: its date as recorded, what, the category or "From the records". */
function entryView(row: ChronologyItemRow) {
  const imported = row.source === 'ssda903';
  return {
    when:
      row.date_text ??
      (row.ends_on
        ? `${formatDate(row.starts_on)} to ${formatDate(row.ends_on)}`
        : formatDate(row.starts_on)),
    summary: row.summary,
    category: row.category
      ? CATEGORY_NAMES[row.category]
      : 'Placement (from the looked-after children return)',
    source: imported ? 'SSDA903 return' : (row.source_note ?? ''),
    people: row.people.map(networkPersonName).join(', '),
    imported,
  };
}

function childChronologies(found: JourneyCase, rows: readonly ChronologyItemRow[]) {
  return found.children.map((child) => ({
    name: childName(child),
    rows: rows
      .filter((row) => row.child_id === child.id)
      .map(entryView)
      .map((entry) => [
        { text: entry.when, classes: 'kindred-nowrap' },
        { text: entry.summary },
        { text: entry.category },
        { text: entry.people || 'None' },
        { text: entry.source },
      ]),
  }));
}

function renderEntry(
  reply: FastifyReply,
  page: FormPage,
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const ticked = asList(values.people);
  const only = page.found.children.length === 1;
  return reply.viewAsync('features/discovery/views/chronology-new.njk', {
    title: 'Add to the chronology',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    children: page.found.children.map((child) => ({
      value: child.id,
      text: childName(child),
      checked: values.childId === child.id || (only && !values.childId),
    })),
    categories: CATEGORIES.map((code) => ({
      value: code,
      text: CATEGORY_NAMES[code],
      checked: values.category === code,
    })),
    people: page.people.map((person) => ({
      value: person.id,
      text: person.name,
      checked: ticked.includes(person.id),
    })),
    values,
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

export function chronologyRoutes(app: FastifyInstance, service: ChronologyService) {
  networkPageRoute(app, {
    path: '/journeys/:journeyId/discovery/chronology',
    open: (caller, journeyId) => service.overview(caller, journeyId),
    view: 'features/discovery/views/chronology.njk',
    model: (page, notice) => ({
      title: 'Chronology',
      notice: discoveryNotice(notice),
      chronologies: childChronologies(page.found, page.rows),
      canWork: canAddTo(page.found),
    }),
  });

  networkFormRoutes(app, {
    path: '/journeys/:journeyId/discovery/chronology/new',
    open: (caller, journeyId) => service.page(caller, journeyId),
    render: renderEntry,
    schema: () => chronologySchema(todayInLondon()),
    fields: CHRONOLOGY_FIELDS,
    save: (caller, journeyId, form) => service.add(caller, journeyId, form),
    back: { path: 'discovery/chronology', notice: 'chronology-added' },
  });
}
