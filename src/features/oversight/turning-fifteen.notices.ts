import type { Tx } from '../../db/database.ts';
import { notify } from '../notifications/notify.service.ts';
import type { BuiltMonth } from './turning-fifteen.service.ts';
import { monthName } from './turning-fifteen.view-model.ts';

const youngPeople = (count: number) => (count === 1 ? '1 young person' : `${count} young people`);
const plural = (count: number) =>
  count === 1 ? '1 young person turns' : `${count} young people turn`;

/**
 * The notices of a month's list: each Lifelong Links manager gets the whole list, each IRO their
 * own young people. Numbers and a link only; one notice per person and month (the dedupe key),
 * so someone who is both gets the whole list once.
 */
export async function sendTurningFifteenNotices(tx: Tx, organisationId: string, built: BuiltMonth) {
  const link = `/oversight/turning-15?month=${built.month}`;
  const month = monthName(built.month);
  for (const userId of built.managers) {
    await notify(tx, {
      organisationId,
      userId,
      kind: 'turning_15_list',
      subject: `${plural(built.youngPeople)} 15 in ${month}`,
      body: 'Check that each has talked about Lifelong Links with their social worker.',
      link,
      dedupeKey: `turning-15:${built.month}:${userId}`,
    });
  }
  for (const iro of built.iros) {
    await notify(tx, {
      organisationId,
      userId: iro.userId,
      kind: 'turning_15_list',
      subject: `${youngPeople(iro.youngPeople)} you are IRO for ${iro.youngPeople === 1 ? 'turns' : 'turn'} 15 in ${month}`,
      body: 'Check that each has talked about Lifelong Links with their social worker.',
      link,
      dedupeKey: `turning-15:${built.month}:${iro.userId}`,
    });
  }
}
