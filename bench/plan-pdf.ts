/**
 * The plan's PDF (issue 8's goal: a 12-action plan with a 40-person genogram in under 300 ms):
 * the document sections, then the tagged PDF with Open Sans embedded and the genogram drawn in.
 *
 *   npm run bench:plan-pdf [-- --actions 12 --people 40 --rounds 50]
 */
import { layoutGenogram } from '../src/domain/genogram-layout.ts';
import { emptyContent } from '../src/domain/plan-content.ts';
import { planDocument } from '../src/domain/plan-document.ts';
import { drawGenogram } from '../src/features/genogram/genogram-drawing.ts';
import { largeFamily } from '../src/features/genogram/genogram-examples.ts';
import { planPdf } from '../src/features/plans/plan-pdf.ts';
import { argument } from './bench-database.ts';

const actions = Number(argument('actions', '12'));
const people = Number(argument('people', '40'));
const rounds = Number(argument('rounds', '50'));

const content = {
  ...emptyContent(),
  words: 'I want to see my nan every week.\n\nI want to stay at my school.',
  actions: Array.from({ length: actions }, (_, i) => ({
    id: String(i),
    what: `Do the agreed thing number ${i + 1} with the young person`,
    owner: { kind: 'member' as const, memberId: String(i), name: `Person ${i + 1}` },
    byWhen: '2027-01-31',
    howOften: 'Every week',
    how: 'in_person' as const,
  })),
  contact: 'Weekly visits and video calls.',
  contingency: 'The monitor calls everyone together again.',
  monitor: { kind: 'professional' as const, name: 'Jo Bright', role: 'Foster carer' },
};

async function once() {
  const family = largeFamily(people);
  const drawing = drawGenogram(layoutGenogram(family.people, family.relationships));
  return planPdf({
    title: 'The plan for the young person',
    about: ['Made on 2 December 2026.'],
    sections: planDocument(content, false),
    genogram: { drawing, description: `A family of ${people} people` },
  });
}

for (let i = 0; i < 5; i += 1) await once(); // warm up
const times: number[] = [];
const cpuStart = process.cpuUsage();
let size = 0;
for (let i = 0; i < rounds; i += 1) {
  const start = performance.now();
  size = (await once()).length;
  times.push(performance.now() - start);
}
const cpu = process.cpuUsage(cpuStart);
times.sort((a, b) => a - b);
const at = (q: number) =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
console.log(
  `plan PDF, ${actions} actions, ${people}-person genogram: median ${at(0.5)} ms, 95th percentile ${at(0.95)} ms over ${rounds} rounds; processor time ${((cpu.user + cpu.system) / 1000 / rounds).toFixed(1)} ms a round; ${Math.round(size / 1024)} KB`,
);
