import { describe, expect, it } from 'vitest';
import {
  emptyContent,
  ownerRefusal,
  planStartRefusal,
  readContent,
  readyProblems,
  sectionsDone,
} from './plan-content.ts';
import { compareVersions, planDocument } from './plan-document.ts';

const member = { status: 'agreed_to_engage', say: 'yes', offRamp: null, deceased: false } as const;
const safe = { outcome: 'safe', signedOff: true, overridden: false } as const;

describe('who may be named in the plan', () => {
  it('refuses the young person’s "no", a signed-off "not safe", a death and a closed member', () => {
    expect(ownerRefusal(member, safe, 'action')).toBeNull();
    expect(ownerRefusal({ ...member, say: 'no' }, null, 'action')).toBe(
      'The young person said no to this person, so they cannot be given an action in the plan',
    );
    expect(ownerRefusal(member, { ...safe, outcome: 'not_safe' }, 'monitor')).toBe(
      'It is not safe for this person to be the monitor',
    );
    expect(ownerRefusal({ ...member, offRamp: 'not_safe' }, null, 'action')).toContain('not safe');
    // A "not safe" outcome not yet signed off does not refuse by itself.
    expect(
      ownerRefusal(member, { ...safe, outcome: 'not_safe', signedOff: false }, 'action'),
    ).toBeNull();
    expect(ownerRefusal({ ...member, deceased: true }, null, 'action')).toContain('has died');
    expect(ownerRefusal({ ...member, offRamp: 'declined' }, null, 'action')).toContain(
      'no longer in the network',
    );
  });
});

describe('when a plan can start', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  it('needs the conference to have started; an alternative can always have one', () => {
    expect(
      planStartRefusal({ heldAs: 'conference', startsAt: new Date('2026-12-03T10:00:00Z') }, now),
    ).toContain('has not happened yet');
    expect(
      planStartRefusal({ heldAs: 'conference', startsAt: new Date('2026-12-02T10:00:00Z') }, now),
    ).toBeNull();
    expect(planStartRefusal({ heldAs: 'conference', startsAt: null }, now)).toContain('no date');
    expect(planStartRefusal({ heldAs: 'alternative', startsAt: null }, now)).toBeNull();
  });

  it('follows what was recorded about the day: held can have a plan, cancelled or postponed not', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const tomorrow = new Date('2026-12-03T10:00:00Z');
    const yesterday = new Date('2026-12-01T10:00:00Z');
    // Held early (the start had been moved forward): the record of the day wins.
    expect(
      planStartRefusal({ heldAs: 'conference', startsAt: tomorrow, dayStatus: 'held' }, now),
    ).toBeNull();
    expect(
      planStartRefusal({ heldAs: 'conference', startsAt: yesterday, dayStatus: 'cancelled' }, now),
    ).toContain('was cancelled');
    expect(
      planStartRefusal({ heldAs: 'conference', startsAt: yesterday, dayStatus: 'postponed' }, now),
    ).toContain('was postponed');
  });
});

describe('the plan’s content', () => {
  it('reads stored content tolerantly, leaving out what is malformed', () => {
    const content = readContent({
      words: 'I want to stay at my school',
      actions: [
        {
          id: 'a',
          what: 'Visit',
          owner: { kind: 'member', memberId: 'm', name: 'Nan' },
          how: 'video',
        },
        { id: 'b', what: '', owner: { kind: 'member', memberId: 'm', name: 'Nan' } },
        'nonsense',
      ],
      monitor: { kind: 'professional', name: 'Sam', role: 'Teacher' },
      contingency: '   ',
    });
    expect(content.words).toBe('I want to stay at my school');
    expect(content.actions).toHaveLength(1);
    expect(content.actions[0]?.how).toBe('video');
    expect(content.contingency).toBeNull();
    expect(readContent(null)).toEqual(emptyContent());
  });

  it('says what is missing before it can go to the referrer, and which sections are written', () => {
    expect(readyProblems(emptyContent())).toEqual([
      'Add the young person’s own words and wishes',
      'Add at least one action',
      'Add what happens if the plan does not work',
      'Add the monitor or link person the young person chose',
    ]);
    const done = sectionsDone({ ...emptyContent(), words: 'Hi' }, false);
    expect(done.words).toBe(true);
    expect(done.actions).toBe(false);
    // A Lifelong Links plan has no carers or bottom lines to write.
    expect(done.carers).toBe(true);
    expect(sectionsDone(emptyContent(), true).carers).toBe(false);
  });
});

describe('the plan as a document', () => {
  const content = {
    ...emptyContent(),
    words: 'I want to see Nan.\n\nAnd my brother.',
    actions: [
      {
        id: 'a',
        what: 'Visit Jordan',
        owner: { kind: 'member' as const, memberId: 'm', name: 'Margaret Hughes' },
        byWhen: '2027-01-31',
        howOften: 'Once a month',
        how: 'in_person' as const,
      },
    ],
    monitor: { kind: 'professional' as const, name: 'Sam Teacher', role: 'Designated teacher' },
  };

  it('writes each section in plain English, keeping the young person’s words as theirs', () => {
    const sections = planDocument(content, false);
    expect(sections.map((section) => section.key)).toEqual([
      'words',
      'actions',
      'contact',
      'permanency',
      'contingency',
      'resources',
      'monitor',
    ]);
    expect(sections[0]).toMatchObject({
      ownWords: true,
      lines: ['I want to see Nan.', 'And my brother.'],
    });
    expect(sections[1]?.lines).toEqual([
      'Margaret Hughes will visit Jordan, by 31 January 2027, once a month. In person.',
    ]);
    expect(sections.at(-1)?.lines[0]).toBe(
      'Sam Teacher (Designated teacher), chosen by the young person, will check the plan is working.',
    );
    expect(planDocument(content, true).map((section) => section.key)).toContain('carers');
  });

  it('compares two versions section by section', () => {
    const compared = compareVersions(
      content,
      { ...content, contingency: 'Nan calls a meeting.' },
      false,
    );
    expect(compared.filter((section) => section.changed).map((section) => section.key)).toEqual([
      'contingency',
    ]);
    expect(compared.find((section) => section.key === 'contingency')?.after).toEqual([
      'Nan calls a meeting.',
    ]);
  });
});
