import type { SectionStatus } from '../../domain/referral-rules.ts';
import type { ReferralDetails } from './referral-details.ts';

interface TaskStatus {
  text?: string;
  tag?: { text: string; classes: string };
  classes?: string;
}

/** The GOV.UK task list's statuses: tags for what needs doing, plain text when done. */
export function taskStatus(status: SectionStatus): TaskStatus {
  switch (status) {
    case 'completed':
      return { text: 'Completed' };
    case 'in-progress':
      return { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' } };
    case 'not-started':
      return { tag: { text: 'Not started', classes: 'govuk-tag--blue' } };
    case 'optional':
      return { text: 'Optional' };
    case 'cannot-start':
      return { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' };
  }
}

export interface TaskItem {
  title: { text: string };
  hint?: { text: string };
  href?: string;
  status: TaskStatus;
}

/** The draft's task list, in the order a referrer fills it in. */
export function taskListItems(details: ReferralDetails): TaskItem[] {
  const base = `/referrals/${details.referral.id}`;
  const isFgc = details.referral.kind === 'fgc';
  const items: TaskItem[] = [
    {
      title: { text: isFgc ? 'The children' : 'The young person' },
      hint: {
        text: isFgc
          ? 'The child or children in the family the referral is about'
          : 'The looked-after young person the referral is for',
      },
      href: `${base}/children`,
      status: taskStatus(details.statuses.children),
    },
    {
      title: { text: 'About the referral' },
      hint: { text: 'Why you are referring, risks, language and support needs' },
      href: `${base}/about/reason`,
      status: taskStatus(details.statuses.about),
    },
    {
      title: { text: 'Consent' },
      hint: { text: 'The young person’s own agreement and parental consent' },
      href: `${base}/consent`,
      status: taskStatus(details.statuses.consent),
    },
  ];
  if (details.statuses.preProceedings) {
    items.push({
      title: { text: 'Pre-proceedings offer' },
      hint: {
        text: 'Only if a family group decision-making meeting was offered before proceedings',
      },
      href: `${base}/pre-proceedings`,
      status: taskStatus(details.statuses.preProceedings),
    });
  }
  const ready = details.statuses.check !== 'cannot-start';
  items.push({
    title: { text: 'Check your answers and submit' },
    ...(ready ? { href: `${base}/check` } : {}),
    // Every section is done: what is left is to submit, not something "not started".
    status: ready
      ? { tag: { text: 'Ready to submit', classes: 'govuk-tag--green' } }
      : taskStatus(details.statuses.check),
  });
  return items;
}

/** "You have completed 2 of 4 sections." */
export function progressText(details: ReferralDetails): string {
  const required = [details.statuses.children, details.statuses.about, details.statuses.consent];
  const done = required.filter((status) => status === 'completed').length;
  return `You have completed ${done} of ${required.length} required sections.`;
}
