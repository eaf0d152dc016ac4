import { decideRecordOnJourney } from '../../domain/journey-status.ts';
import type { CaseNoteForm } from './case-notes.schemas.ts';
import { insertCaseNote } from './case-records.repository.ts';
import { auditJourney, type Caller, type JourneyCases } from './journey-case.service.ts';

/** Case notes: anyone who can work on the journey adds them, while it has not ended. */
export class CaseNotesService {
  constructor(private readonly cases: JourneyCases) {}

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-note', async (_tx, found) => {
      return { outcome: 'found' as const, found };
    });
  }

  add(caller: Caller, journeyId: string, form: CaseNoteForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const decision = decideRecordOnJourney(found.journey.status);
      if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };
      const { id } = await insertCaseNote(tx, {
        organisationId: caller.user.organisationId,
        journeyId: found.journey.id,
        authorId: caller.user.id,
        body: form.body,
        sensitive: form.sensitive,
      });
      await auditJourney(tx, caller, found.journey.id, 'case-note.added', {
        caseNoteId: id,
        sensitive: form.sensitive,
      });
      return { outcome: 'done' };
    });
  }
}
