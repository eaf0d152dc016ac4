import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldOrderOf, inFieldOrder } from './forms.ts';

describe('error summaries follow the order of the fields', () => {
  const schema = z
    .object({
      name: z.string().min(1, 'Enter a name'),
      from: z.string().min(1, 'Enter the first date'),
      to: z.string().min(1, 'Enter the last date'),
      notes: z.string().max(5, 'Notes must be 5 characters or fewer'),
    })
    .superRefine((form, context) => {
      if (form.to < form.from) {
        context.addIssue({ code: 'custom', path: ['from'], message: 'Start before the end' });
      }
    });

  it('reads the fields of an object, through refinements and pipes', () => {
    expect(fieldOrderOf(schema)).toEqual(['name', 'from', 'to', 'notes']);
    expect(fieldOrderOf(z.object({ b: z.string(), a: z.string() }).transform((x) => x))).toEqual([
      'b',
      'a',
    ]);
    expect(fieldOrderOf(z.string())).toEqual([]);
  });

  it('lists a refinement’s problem at its field, not after the others', () => {
    expect(
      inFieldOrder(
        [
          { text: 'Notes must be 5 characters or fewer', href: '#notes' },
          { text: 'Start before the end', href: '#from-day' },
          { text: 'About the whole form' },
          { text: 'Enter a name', href: '#name' },
        ],
        fieldOrderOf(schema),
      ).map((error) => error.text),
    ).toEqual([
      'Enter a name',
      'Start before the end',
      'Notes must be 5 characters or fewer',
      'About the whole form',
    ]);
  });
});
