import type { FastifyInstance } from 'fastify';
import { birthDescription } from '../../../domain/network-person.ts';
import { networkPersonName } from '../../../domain/person-name.ts';
import { formatDate } from '../../../platform/date-format.ts';
import { parseRecordId } from '../../../platform/forms.ts';
import { memberForm } from '../member-form.ts';
import { KIND_LABELS } from '../network-labels.ts';
import type { MergeService } from './merge.service.ts';

export function duplicateRoutes(app: FastifyInstance, service: MergeService) {
  memberForm(app, {
    path: 'duplicates',
    access: 'journeys:work',
    template: 'features/network/duplicates/views/duplicates.njk',
    title: (person) => `Is ${person} recorded twice?`,
    button: 'Merge into one person',
    open: (caller, journeyId, memberId) => service.page(caller, journeyId, memberId),
    parts: ({ candidates }, values) => ({
      candidates: candidates.map((person) => ({
        value: person.id,
        text: networkPersonName(person),
        hint: {
          text: [
            KIND_LABELS[person.kind],
            `born ${
              birthDescription(
                {
                  dateOfBirth: person.date_of_birth,
                  birthYear: person.birth_year,
                  birthYearApproximate: person.birth_year_approximate,
                },
                formatDate,
              ) ?? 'not known'
            }`,
            person.other_names ? `also known as ${person.other_names}` : null,
          ]
            .filter(Boolean)
            .join(', '),
        },
        checked: values.personId === person.id,
      })),
    }),
    parse: (body) => ({
      ok: true,
      data: { personId: typeof body.personId === 'string' ? body.personId : '' },
    }),
    save: (caller, journeyId, memberId, data) =>
      service.merge(caller, journeyId, memberId, parseRecordId(data.personId)),
    notice: 'merged',
  });
}
