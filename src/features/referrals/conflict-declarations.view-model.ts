import { formatDateTime } from '../../platform/date-format.ts';
import type { DeclarationRow } from './matching.repository.ts';
import type { SummaryRow } from './summary.view-model.ts';
import { multiline, summaryRow } from './summary.view-model.ts';

/** One declaration in force, as a summary card: what was declared, by whom, and corrections. */
export interface DeclarationCard {
  id: string;
  coordinator: string;
  rows: SummaryRow[];
  /** Set when the matched coordinator has a conflict in force: they should not be working it. */
  warning: string | null;
  correctHref: string | null;
}

function answerText(declaration: DeclarationRow): string {
  return declaration.has_conflict
    ? `Yes, they have another role with the family: ${declaration.details ?? ''}`
    : 'No, they have no other role with the family';
}

/** The cards for a referral's declarations in force, oldest first. */
export function declarationCards(
  chains: Array<{ current: DeclarationRow; replaced: DeclarationRow[] }>,
  names: ReadonlyMap<string, string>,
  options: { referralId: string; matchedCoordinatorId: string | null; canCorrect: boolean },
): DeclarationCard[] {
  const name = (id: string) => names.get(id) ?? 'Unknown';
  return chains.map(({ current, replaced }) => {
    const coordinator = name(current.coordinator_id);
    const rows = [
      summaryRow('Coordinator', { text: coordinator }),
      summaryRow('Declared', multiline(answerText(current))),
      summaryRow('Recorded by', {
        text: `${name(current.recorded_by)}, ${formatDateTime(current.declared_at)}`,
      }),
    ];
    if (current.correction_reason) {
      rows.push(summaryRow('Why it was corrected', multiline(current.correction_reason)));
    }
    replaced.forEach((earlier, index) => {
      rows.push(
        summaryRow(
          index === 0 ? 'Declared before' : 'Declared before that',
          multiline(
            `${answerText(earlier)}\nRecorded by ${name(earlier.recorded_by)}, ${formatDateTime(earlier.declared_at)}`,
          ),
        ),
      );
    });
    const matchedWithConflict =
      current.has_conflict && current.coordinator_id === options.matchedCoordinatorId;
    return {
      id: current.id,
      coordinator,
      rows,
      warning: matchedWithConflict
        ? `${coordinator} is this young person’s coordinator but has declared another role with the family. Talk to the team about another coordinator.`
        : null,
      correctHref: options.canCorrect
        ? `/referrals/${options.referralId}/declarations/${current.id}/correct`
        : null,
    };
  });
}
