import type { TestAgent } from '../../../tests/support/agent.ts';
import { csrfTokenIn, hiddenValue, postMultipart } from './children-test-support.ts';

/** Uploads the two files of a return, as the import page's form sends them. */
export async function upload(
  agent: TestAgent,
  header: Buffer | string,
  episodes: Buffer | string,
  names = { header: 'header.csv', episodes: 'episodes.csv' },
) {
  const page = await agent.get('/children/import');
  return postMultipart(
    agent,
    '/children/import',
    csrfTokenIn(page.body),
    {},
    {
      header: { filename: names.header, content: header },
      episodes: { filename: names.episodes, content: episodes },
    },
  );
}

/** Presses Import on a preview page, sending back what the preview's form holds. */
export async function confirm(
  agent: TestAgent,
  preview: string,
  overrides: Record<string, string> = {},
) {
  return postMultipart(agent, '/children/import/confirm', csrfTokenIn(preview), {
    headerText: hiddenValue(preview, 'headerText'),
    episodesText: hiddenValue(preview, 'episodesText'),
    headerName: hiddenValue(preview, 'headerName'),
    episodesName: hiddenValue(preview, 'episodesName'),
    signature: hiddenValue(preview, 'signature'),
    ...overrides,
  });
}
