import { describe, expect, it } from 'vitest';
import { childName, childrenNames } from './person-name.ts';

const jayden = { first_name: 'Jayden', last_name: 'Clarke', preferred_name: 'Jay' };

describe('a child’s name', () => {
  it('is the legal name, with the name they use in brackets when it differs', () => {
    expect(childName(jayden)).toBe('Jayden (Jay) Clarke');
    expect(childName({ ...jayden, preferred_name: null })).toBe('Jayden Clarke');
    expect(childName({ ...jayden, preferred_name: '  ' })).toBe('Jayden Clarke');
  });

  it('adds nothing when the preferred name is the first name or the whole name', () => {
    expect(childName({ ...jayden, preferred_name: 'jayden' })).toBe('Jayden Clarke');
    expect(childName({ ...jayden, preferred_name: 'Jayden Clarke' })).toBe('Jayden Clarke');
  });

  it('joins several children with commas and "and"', () => {
    const poppy = { first_name: 'Poppy', last_name: 'Marsh', preferred_name: null };
    const alfie = { first_name: 'Alfie', last_name: 'Marsh', preferred_name: 'Alf' };
    expect(childrenNames([poppy])).toBe('Poppy Marsh');
    expect(childrenNames([poppy, alfie])).toBe('Poppy Marsh and Alfie (Alf) Marsh');
    expect(childrenNames([poppy, alfie, jayden])).toBe(
      'Poppy Marsh, Alfie (Alf) Marsh and Jayden (Jay) Clarke',
    );
    expect(childrenNames([])).toBe('No child recorded');
  });
});
