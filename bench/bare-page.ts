/**
 * The ceiling for the benchmark: a bare Fastify + Nunjucks + govuk-frontend server rendering a
 * case-sized page from memory, with templates cached as in production. No session, no database,
 * no audit: the best any page of ours could do on this machine.
 *   node --import tsx bench/bare-page.ts <port>
 */
import path from 'node:path';
import view from '@fastify/view';
import Fastify from 'fastify';
import nunjucks from 'nunjucks';
import { govukFrontendDist } from '../src/platform/views.ts';

const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });
const page = {
  title: 'Ada Lovelock',
  reference: 'LL-2026-0007',
  facts: [
    row('Date of birth', '14 March 2011 (age 15)'),
    row('Preferred name', 'Addy'),
    row('First language', 'English'),
    row('Looked after', 'Yes, since 2 May 2019'),
    row('Placement', 'Foster placement with a relative (U1)'),
    row('Social worker', 'Sam Patel'),
    row('IRO', 'Imani Reid'),
    row('Coordinator', 'Cara Okafor'),
  ],
  consent: [
    row('Young person', 'Agreed in person on 3 March 2026: search, contact and share'),
    row('Parental responsibility', 'Agreed by letter on 5 March 2026'),
    row('Next reconfirmation', '3 June 2026'),
  ],
  history: Array.from({ length: 12 }, (_, index) => [
    { text: `${index + 1} April 2026` },
    { text: 'Moved to the next stage: the coordinator met the young person and drew a timeline' },
    { text: 'Cara Okafor' },
  ]),
  notes: Array.from({ length: 6 }, (_, index) => ({
    when: `${index + 2} April 2026`,
    by: 'Cara Okafor',
    body: 'Visit: talked about who they remember, drew a timeline together and agreed who to look for first.',
  })),
};

const app = Fastify({ logger: false });
await app.register(view, {
  engine: { nunjucks },
  templates: [import.meta.dirname, path.join(import.meta.dirname, 'bare'), govukFrontendDist],
  production: true,
  options: { autoescape: true, noCache: false },
});
app.get('/', (_request, reply) => reply.viewAsync('bare/case.njk', page));
await app.listen({ port: Number(process.argv[2] ?? 3999), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
