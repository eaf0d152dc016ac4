import { caringAdultsSentence } from '../../domain/caring-adults.ts';
import { ageOn } from '../../domain/consent-rules.ts';
import { toolNeedText } from '../../domain/discovery-tools.ts';
import { type DueItem, dueNext } from '../../domain/journey-due.ts';
import { STAGES, stageName } from '../../domain/journey-stages.ts';
import { londonDateOf } from '../../domain/london-time.ts';
import { formatDate, formatDateTime } from '../../platform/date-format.ts';
import { outcomeRows } from '../fgc-outcomes/outcomes.view-model.ts';
import { distributionText } from '../plan-handover/plan-handover.view-model.ts';
import type { CasePage } from './case-page.service.ts';
import { consentPeople } from './consent-people.ts';
import {
  childName,
  childrenNames,
  escapeHtml,
  KIND_NAMES,
  STATUS_TAGS,
  stageLabel,
} from './journey-labels.ts';
import { consentGiverText, timelineItems } from './timeline.view-model.ts';

const NOTICES: Record<string, string> = {
  matched: 'The coordinator has been matched and the journey has started.',
  moved: 'The journey has moved on to the next stage.',
  paused: 'The journey is paused.',
  resumed: 'The journey has been resumed.',
  ended: 'The journey has ended.',
  'consent-withdrawn': 'The withdrawal of consent has been recorded.',
  'consent-reconfirmed': 'The consent reconfirmation has been recorded.',
  'note-added': 'Your case note has been added.',
  'meeting-scheduled': 'The planning meeting has been scheduled.',
  'meeting-recorded': 'The planning meeting has been recorded.',
  'outcome-recorded': 'The outcome has been recorded.',
};

export function noticeText(notice: unknown): string | null {
  return typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;
}

function childHtml(child: CasePage['found']['children'][number], today: string): string {
  return `<a class="govuk-link" href="/children/${child.id}">${escapeHtml(childName(child))}</a>, age ${ageOn(child.date_of_birth, today)}`;
}

function latestReason(page: CasePage, kind: 'paused' | 'ended'): string | null {
  return page.events.filter((event) => event.kind === kind).at(-1)?.reason ?? null;
}

export function dueFacts(page: CasePage) {
  const { journey } = page.found;
  return {
    consentWithdrawn: page.consents.some((consent) => consent.withdrawn_on !== null),
    stage: journey.stage,
    status: journey.status,
    planningMeeting: page.meeting
      ? { on: londonDateOf(page.meeting.starts_at), recorded: page.meeting.recorded_at !== null }
      : null,
    consentReconfirmationDue: journey.consent_reconfirmation_due,
    discoveryOutstanding: page.discoveryOutstanding,
  };
}

/** What is due next, in words, with where to do it when the reader can. */
export function dueItemView(item: DueItem, journeyId: string, stage: number, canAct: boolean) {
  const base = `/journeys/${journeyId}`;
  const words: Record<DueItem['kind'], { text: string; href: string }> = {
    resume: { text: 'Resume the journey when the young person is ready', href: `${base}/resume` },
    'schedule-planning-meeting': {
      text: 'Schedule the planning meeting',
      href: `${base}/planning-meeting/schedule`,
    },
    'record-planning-meeting': {
      text: `Record the planning meeting of ${formatDate(item.dueOn)}`,
      href: `${base}/planning-meeting/record`,
    },
    'discovery-tool': {
      text: item.tool ? toolNeedText(item.tool) : 'Finish the discovery tools',
      href: item.tool ? `${base}/discovery/tools/${item.tool.tool}` : `${base}/discovery`,
    },
    'plan-conference': {
      text: 'Plan the conference and check its readiness list',
      href: `${base}/conferences`,
    },
    'move-on': {
      text: `Move on to stage ${stage + 1}, ${stageName(stage + 1)}, when this stage’s work is done`,
      href: `${base}/move`,
    },
    'consent-given-again': {
      text: 'Record that consent has been given again, before the journey can resume',
      href: `${base}/consent/reconfirm`,
    },
    'reconfirm-consent': {
      text: `Consent reconfirmation due ${formatDate(item.dueOn)}`,
      href: `${base}/consent/reconfirm`,
    },
  };
  const { text, href } = words[item.kind];
  return { text, href: canAct ? href : null, overdue: item.overdue };
}

function stageItems(page: CasePage) {
  const { stage, status } = page.found.journey;
  return STAGES.map((item) => {
    const done = item.number < stage;
    const current = item.number === stage;
    const tag = done
      ? { text: 'Done', classes: 'govuk-tag--green' }
      : current
        ? { text: status === 'ended' ? 'Ended here' : 'Current stage', classes: 'govuk-tag--blue' }
        : { text: 'To do', classes: 'govuk-tag--grey' };
    return {
      title: { text: `${item.number}. ${item.name}` },
      hint: { text: item.summary },
      status: { tag },
    };
  });
}

function actions(page: CasePage) {
  const { journey } = page.found;
  if (!page.canWork || journey.status === 'ended') return [];
  const base = `/journeys/${journey.id}`;
  const list = [];
  if (journey.status === 'active' && journey.stage < 8) {
    list.push({ text: 'Move on to the next stage', href: `${base}/move` });
  }
  if (journey.stage === 2)
    list.push({ text: 'Planning meeting', href: `${base}/planning-meeting` });
  if (journey.stage >= 3) {
    list.push(
      { text: 'Discovery tools and sessions', href: `${base}/discovery` },
      { text: 'Engagement: safety and sharing', href: `${base}/engagement` },
    );
  }
  if (journey.status === 'active') list.push({ text: 'Pause the journey', href: `${base}/pause` });
  if (journey.status === 'paused')
    list.push({ text: 'Resume the journey', href: `${base}/resume` });
  list.push(
    { text: 'End the journey', href: `${base}/end` },
    { text: 'Record a consent reconfirmation', href: `${base}/consent/reconfirm` },
    { text: 'Record a withdrawal of consent', href: `${base}/consent/withdraw` },
    { text: 'Add a case note', href: `${base}/notes/new` },
  );
  return list;
}

/** The consent table: who gave it, whether it stands now, and the change each row offers. */
function consentRows(page: CasePage) {
  const { journey, children } = page.found;
  const people = consentPeople(page.consents, children);
  const canChange = page.canWork && journey.status !== 'ended';
  return page.consents.map((consent) => {
    const person = people.find((candidate) => candidate.consentIds.includes(consent.id));
    const giver = consentGiverText(consent);
    const who = consent.giver === 'young_person' ? childNameOf(children, consent.child_id) : giver;
    const base = `/journeys/${journey.id}/consent`;
    const action =
      !canChange || !person
        ? null
        : consent.withdrawn_on
          ? {
              text: 'Record consent given again',
              hidden: ` by ${who}`,
              href: `${base}/reconfirm?giver=${person.key}`,
            }
          : {
              text: 'Withdraw',
              hidden: ` consent from ${who}`,
              href: `${base}/withdraw?giver=${person.key}`,
            };
    return {
      child: childNameOf(children, consent.child_id),
      giver,
      givenOn: formatDate(consent.given_on),
      status: consent.withdrawn_on
        ? { text: `Withdrawn ${formatDate(consent.withdrawn_on)}`, classes: 'govuk-tag--red' }
        : consent.reconfirmed_on
          ? {
              text: `Given again ${formatDate(consent.reconfirmed_on)}`,
              classes: 'govuk-tag--green',
            }
          : { text: 'Given', classes: 'govuk-tag--green' },
      action,
    };
  });
}

function childNameOf(children: CasePage['found']['children'], childId: string): string {
  const child = children.find((candidate) => candidate.id === childId);
  return child ? childName(child) : 'Unknown child';
}

function planningMeetingHtml(page: CasePage): string {
  const { meeting } = page;
  const text = !meeting
    ? 'Not scheduled yet'
    : meeting.recorded_at
      ? `Held ${formatDate(meeting.starts_at)}, recorded`
      : `Scheduled for ${formatDateTime(meeting.starts_at)}`;
  return `<a class="govuk-link" href="/journeys/${page.found.journey.id}/planning-meeting">${escapeHtml(text)}</a>`;
}

/** Each young person's network indicator, and links to their genogram and social connections. */
function caseNetworkSummary(page: CasePage) {
  return page.found.children.map((child) => {
    const href = `/journeys/${page.found.journey.id}/children/${child.id}`;
    const indicator = page.caringAdults.get(child.id);
    return {
      name: childName(child),
      indicator: indicator ? caringAdultsSentence(indicator) : '',
      genogramHref: page.canSeeNetwork ? `${href}/genogram` : null,
      connectionsHref: page.canSeeNetwork ? `${href}/social-connections` : null,
    };
  });
}

export function casePageModel(page: CasePage, notice: unknown) {
  const { journey, children } = page.found;
  const person = (id: string) => page.people.find((p) => p.id === id)?.display_name ?? 'Unknown';
  const childrenHtml = children.map((child) => childHtml(child, page.today)).join('<br>');
  const statusReason = journey.status === 'active' ? null : latestReason(page, journey.status);
  const summaryRows = [
    {
      key: { text: children.length > 1 ? 'Children' : 'Young person' },
      value: { html: childrenHtml || 'No child recorded' },
    },
    { key: { text: 'Kind' }, value: { text: KIND_NAMES[journey.kind] } },
    { key: { text: 'Reference' }, value: { text: journey.reference } },
    { key: { text: 'Stage' }, value: { text: stageLabel(journey.stage) } },
    { key: { text: 'Status' }, value: { text: STATUS_TAGS[journey.status].text } },
    { key: { text: 'Coordinator' }, value: { text: person(journey.coordinator_id) } },
    { key: { text: 'Referrer' }, value: { text: person(journey.referrer_id) } },
    { key: { text: 'Planning meeting' }, value: { html: planningMeetingHtml(page) } },
    {
      key: { text: 'Consent reconfirmation due' },
      value: { text: formatDate(journey.consent_reconfirmation_due) || 'Not set' },
    },
  ];
  if (page.planSentOut) {
    summaryRows.push({
      key: { text: 'Plan sent out' },
      value: {
        html: `<a class="govuk-link" href="/journeys/${journey.id}/plan-handover">${escapeHtml(distributionText(page.planSentOut))}</a>`,
      },
    });
  }
  return {
    title: `${childrenNames(children)}: ${KIND_NAMES[journey.kind]} journey`,
    heading: childrenNames(children),
    caption: `${KIND_NAMES[journey.kind]} · ${journey.reference}`,
    kindName: KIND_NAMES[journey.kind],
    reference: journey.reference,
    journeyId: journey.id,
    status: journey.status,
    statusTag: STATUS_TAGS[journey.status],
    statusReason,
    endedOn: journey.ended_at,
    notice: noticeText(notice),
    summaryRows,
    due: dueNext(dueFacts(page), page.today).map((item) =>
      dueItemView(item, journey.id, journey.stage, page.canWork),
    ),
    stages: stageItems(page),
    consents: consentRows(page),
    timeline: timelineItems(page),
    conflictDeclarations: page.conflictDeclarations,
    network: caseNetworkSummary(page),
    outcomes: page.outcomes && {
      rows: outcomeRows(page.outcomes),
      canRecord: page.canWork && journey.status !== 'ended',
    },
    actions: actions(page),
    canAddNote: page.canWork && journey.status !== 'ended',
    canChangeConsent: page.canWork && journey.status !== 'ended',
  };
}
