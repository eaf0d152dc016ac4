import { z } from 'zod';
import { requiredText, ticked } from './form-fields.ts';

export const caseNoteSchema = z.object({
  body: requiredText('Enter the note', 10000, 'The note must be 10,000 characters or fewer'),
  sensitive: ticked,
});
export type CaseNoteForm = z.infer<typeof caseNoteSchema>;
