/**
 * The genogram for a made-up family of 80 people over four generations: the layout, the drawing
 * and the SVG text, as the genogram page builds them (issue 10's goal: under 50 ms).
 *
 *   npm run bench:genogram [-- --people 80 --rounds 200 --svg /tmp/genogram.svg]
 */
import { writeFileSync } from 'node:fs';
import { layoutGenogram } from '../src/domain/genogram-layout.ts';
import { drawGenogram } from '../src/features/genogram/genogram-drawing.ts';
import { largeFamily } from '../src/features/genogram/genogram-examples.ts';
import { genogramSvg } from '../src/features/genogram/genogram-svg.ts';
import { argument } from './bench-database.ts';

const people = Number(argument('people', '80'));
const rounds = Number(argument('rounds', '200'));
const svgFile = argument('svg', '');

const family = largeFamily(people);
const text = { title: 'Genogram', description: 'A made-up family', idPrefix: 'bench' };
const once = () =>
  genogramSvg(drawGenogram(layoutGenogram(family.people, family.relationships)), text, true);

for (let i = 0; i < 20; i += 1) once(); // warm up the JIT
const times: number[] = [];
let svg = '';
// Processor time as well as wall time: on a shared, loaded machine the wall time mostly measures
// waiting for a core.
const cpuStart = process.cpuUsage();
for (let i = 0; i < rounds; i += 1) {
  const start = performance.now();
  svg = once();
  times.push(performance.now() - start);
}
const cpu = process.cpuUsage(cpuStart);
const cpuPerRound = (cpu.user + cpu.system) / 1000 / rounds;
times.sort((a, b) => a - b);
const at = (q: number) =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
const layout = layoutGenogram(family.people, family.relationships);
console.log(
  `genogram of ${family.people.length} people (${layout.nodes.length} drawn, ${layout.generations} generations): ` +
    `median ${at(0.5)} ms, 95th percentile ${at(0.95)} ms, slowest ${at(1)} ms over ${rounds} rounds; processor time ${cpuPerRound.toFixed(2)} ms a round; SVG ${Math.round(svg.length / 1024)} KB`,
);
if (svgFile) writeFileSync(svgFile, svg);
