import type {
  GenogramGender,
  GenogramPerson,
  GenogramRelationship,
  PartnershipStatus,
} from '../../domain/genogram-rules.ts';

/**
 * A made-up family of about 80 people over four generations, for the layout tests and the bench.
 * Nobody in it is real.
 */

export interface ExampleFamily {
  people: GenogramPerson[];
  relationships: GenogramRelationship[];
  youngPerson: string;
}

export function largeFamily(target = 80): ExampleFamily {
  const people: GenogramPerson[] = [];
  const relationships: GenogramRelationship[] = [];
  let count = 0;
  const add = (generation: number, gender: GenogramGender, extra: Partial<GenogramPerson> = {}) => {
    count += 1;
    const person: GenogramPerson = {
      id: `p${count}`,
      name: `Person ${count}`,
      gender,
      deceased: generation === 0 && count % 3 === 0,
      birthYear: 1930 + generation * 25 + (count % 7),
      isYoungPerson: false,
      ...extra,
    };
    people.push(person);
    return person.id;
  };
  const couple = (a: string, b: string, status: PartnershipStatus = 'married') =>
    relationships.push({ kind: 'partner', a, b, status });
  const child = (parents: string[], generation: number, gender: GenogramGender, extra = {}) => {
    const id = add(generation, gender, extra);
    for (const parent of parents)
      relationships.push({ kind: 'parent', parent, child: id, parentKind: 'birth' });
    return id;
  };
  const full = () => count >= target;

  const greatGrandparents = [0, 1, 2, 3].map(() => {
    const a = add(0, 'male');
    const b = add(0, 'female');
    couple(a, b);
    return [a, b];
  });
  const gen1 = greatGrandparents.map((parents) =>
    [0, 1, 2, 3].map((i) => child(parents, 1, i % 2 === 0 ? 'male' : 'female')),
  );
  const paternal = [gen1[0]?.[0] as string, gen1[1]?.[1] as string];
  const maternal = [gen1[2]?.[0] as string, gen1[3]?.[1] as string];
  couple(paternal[0] as string, paternal[1] as string, 'divorced');
  couple(maternal[0] as string, maternal[1] as string);
  const otherGen1 = gen1.flat().filter((id) => !paternal.includes(id) && !maternal.includes(id));
  const gen1Couples = otherGen1.map((id, i) => {
    const partner = add(1, i % 2 === 0 ? 'female' : 'male');
    couple(id, partner, i % 4 === 0 ? 'living-together' : 'married');
    return [id, partner];
  });
  const dad = child(paternal, 2, 'male');
  const mum = child(maternal, 2, 'female');
  couple(dad, mum, 'separated');
  const auntsAndUncles = [
    ...[0, 1, 2].map((i) => child(paternal, 2, i % 2 === 0 ? 'female' : 'male')),
    ...[0, 1, 2].map((i) => child(maternal, 2, i % 2 === 0 ? 'male' : 'female')),
  ];
  const gen2Couples = auntsAndUncles.map((id, i) => {
    const partner = add(2, i % 2 === 0 ? 'male' : 'female');
    couple(id, partner);
    return [id, partner];
  });
  for (const parents of gen1Couples) if (!full()) child(parents, 2, 'other');
  const youngPerson = child([dad, mum], 3, 'female', { name: 'Young Person', isYoungPerson: true });
  child([dad, mum], 3, 'male');
  const adopted = add(3, 'male');
  relationships.push({ kind: 'parent', parent: mum, child: adopted, parentKind: 'adoptive' });
  for (let round = 0; !full(); round += 1)
    for (const parents of gen2Couples)
      if (!full()) child(parents, 3, round % 2 ? 'male' : 'female');
  return { people, relationships, youngPerson };
}
