import type {
  FoundBy,
  MemberStatus,
  NetworkPersonKind,
  OffRamp,
  YoungPersonSay,
} from '../schema.ts';

/**
 * The people of the two demo networks (src/db/seed/demo-network.ts) and where each stands in
 * each child's network. Every name is invented.
 */

type Gender = 'female' | 'male' | 'other' | 'unknown';

/** A person: name, kind, gender, born (a year; "~" approximate; a full date), and more. */
export interface DemoPerson {
  key: string;
  first: string;
  last: string | null;
  kind: NetworkPersonKind;
  gender: Gender;
  born: string | null;
  deceased?: number | true;
  professional?: boolean;
  knownAs?: string;
  language?: string;
  phone?: string;
}

/** A person in one child's network: relationship, how found, where in the pipeline. */
export type DemoMember = [
  key: string,
  relationship: string,
  foundBy: FoundBy,
  status?: MemberStatus,
  say?: YoungPersonSay,
  offRamp?: OffRamp,
];

export const p = (
  key: string,
  first: string,
  last: string | null,
  kind: NetworkPersonKind,
  gender: Gender,
  born: string | null,
  more: Partial<DemoPerson> = {},
): DemoPerson => ({ key, first, last, kind, gender, born, ...more });

/** The Hughes family, Kayla's and Tyler's: mother's side Hughes, father's side Osei. */
export const HUGHES_PEOPLE: DemoPerson[] = [
  p('ggmaHughes', 'Edna', 'Hughes', 'extended_family', 'female', '~1938', { deceased: 2019 }),
  p('ggpaHughes', 'Albert', 'Hughes', 'extended_family', 'male', '1936', { deceased: 2008 }),
  p('ggmaOsei', 'Comfort', 'Osei', 'extended_family', 'female', '~1940', { language: 'Twi' }),
  p('nan', 'Margaret', 'Hughes', 'birth_family', 'female', '1961-04-12', {
    knownAs: 'Peggy',
    phone: '07700 900101',
  }),
  p('grandad', 'Roy', 'Hughes', 'birth_family', 'male', '~1958'),
  p('grandmaOsei', 'Abena', 'Osei', 'birth_family', 'female', '1963', { language: 'Twi' }),
  p('grandpaOsei', 'Kwame', 'Osei', 'birth_family', 'male', '~1960', { deceased: true }),
  p('mum', 'Danielle', 'Hughes', 'birth_family', 'female', '1986-09-30'),
  p('kaylaDad', 'Marcus', 'Osei', 'birth_family', 'male', '1984-02-17'),
  p('tylerDad', 'Liam', 'Pritchard', 'birth_family', 'male', '~1987'),
  p('auntSam', 'Samantha', 'Hughes', 'birth_family', 'female', '1989-06-05', {
    knownAs: 'Sam',
    phone: '07700 900102',
  }),
  p('uncleDean', 'Dean', 'Hughes', 'birth_family', 'male', '1983'),
  p('auntAma', 'Ama', 'Osei', 'extended_family', 'female', '1988-12-01'),
  p('uncleKofi', 'Kofi', 'Osei', 'extended_family', 'male', '~1981'),
  p('partnerDean', 'Chloe', 'Hughes', 'extended_family', 'female', '1985'),
  p('cousinJade', 'Jade', 'Hughes', 'extended_family', 'female', '2007-03-22'),
  p('cousinMason', 'Mason', 'Hughes', 'extended_family', 'male', '2010-08-14'),
  p('cousinEsi', 'Esi', 'Osei', 'extended_family', 'female', '2012'),
  p('halfSisterRuby', 'Ruby', 'Pritchard', 'birth_family', 'female', '2015-01-09'),
  p('greatAuntJoan', 'Joan', 'Whitfield', 'extended_family', 'female', '~1945'),
  p('fosterSue', 'Susan', 'Barker', 'former_foster_carer', 'female', '~1965', { knownAs: 'Sue' }),
  p('fosterPete', 'Peter', 'Barker', 'former_foster_carer', 'male', '~1963'),
  p('keyworker', 'Nadia', 'Rahman', 'former_residential_worker', 'female', '~1990', {
    professional: true,
  }),
  p('teacherKayla', 'Helen', 'Moss', 'teacher', 'female', null, { professional: true }),
  p('friendKayla', 'Priya', 'Shah', 'friend', 'female', '2010'),
  p('coachTyler', 'Gareth', 'Lewis', 'other_adult', 'male', '~1978'),
  p('friendTyler', 'Ollie', 'Grant', 'friend', 'male', '2012'),
  p('teacherTyler', 'Owen', 'Evans', 'teacher', 'male', null, { professional: true }),
  p('godmother', 'Tracey', 'Palmer', 'other_adult', 'female', '~1970'),
];

export const KAYLA: DemoMember[] = [
  ['nan', 'maternal grandmother', 'young_person', 'identified', 'yes'],
  ['grandad', 'maternal grandfather', 'records'],
  ['ggmaHughes', 'maternal great-grandmother', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggpaHughes', 'maternal great-grandfather', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggmaOsei', 'paternal great-grandmother', 'another_relative'],
  ['grandmaOsei', 'paternal grandmother', 'records', 'identified', 'yes'],
  ['grandpaOsei', 'paternal grandfather', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['mum', 'mother', 'records', 'identified', 'not_now'],
  ['kaylaDad', 'father', 'records', 'identified', 'yes'],
  ['auntSam', 'maternal aunt', 'young_person', 'identified', 'yes'],
  ['uncleDean', 'maternal uncle', 'young_person'],
  ['partnerDean', 'uncle Dean’s wife', 'another_relative'],
  ['auntAma', 'paternal aunt', 'online_search', 'identified', 'yes'],
  ['uncleKofi', 'paternal uncle', 'online_search'],
  ['cousinJade', 'cousin', 'young_person', 'identified', 'yes'],
  ['cousinMason', 'cousin', 'young_person'],
  ['cousinEsi', 'cousin', 'another_relative'],
  ['greatAuntJoan', 'great-aunt (Nan’s sister)', 'mobility_mapping'],
  ['fosterSue', 'former foster carer', 'young_person', 'identified', 'yes'],
  ['fosterPete', 'former foster carer', 'young_person', 'identified', 'yes'],
  ['keyworker', 'former keyworker', 'records'],
  ['teacherKayla', 'primary school teacher', 'mobility_mapping'],
  ['friendKayla', 'best friend', 'young_person', 'identified', 'yes'],
  ['godmother', 'godmother', 'young_person', 'identified', 'no', 'young_person_said_no'],
];

export const TYLER: DemoMember[] = [
  ['nan', 'maternal grandmother', 'young_person', 'identified', 'yes'],
  ['grandad', 'maternal grandfather', 'records'],
  ['ggmaHughes', 'maternal great-grandmother', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggpaHughes', 'maternal great-grandfather', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['mum', 'mother', 'records', 'identified', 'yes'],
  ['tylerDad', 'father', 'records', 'identified', 'no', 'young_person_said_no'],
  ['halfSisterRuby', 'half-sister (dad’s side)', 'records'],
  ['auntSam', 'maternal aunt', 'young_person', 'identified', 'yes'],
  ['uncleDean', 'maternal uncle', 'young_person', 'identified', 'yes'],
  ['partnerDean', 'uncle Dean’s wife', 'another_relative'],
  ['cousinJade', 'cousin', 'another_relative'],
  ['cousinMason', 'cousin', 'young_person', 'identified', 'yes'],
  ['greatAuntJoan', 'great-aunt (Nan’s sister)', 'mobility_mapping'],
  ['fosterSue', 'former foster carer', 'young_person', 'identified', 'not_now'],
  ['fosterPete', 'former foster carer', 'young_person'],
  ['coachTyler', 'football coach', 'young_person', 'identified', 'yes'],
  ['friendTyler', 'friend from his old school', 'mobility_mapping'],
  ['teacherTyler', 'primary school teacher', 'mobility_mapping'],
  ['keyworker', 'former keyworker', 'records'],
  ['godmother', 'godmother', 'young_person', 'identified', 'yes'],
];

/** Reece Walker's network, at engagement. */
export const WALKER_PEOPLE: DemoPerson[] = [
  p('ggma', 'Iris', 'Walker', 'extended_family', 'female', '~1942', { deceased: 2016 }),
  p('ggpa', 'Stanley', 'Walker', 'extended_family', 'male', '~1939', { deceased: 2002 }),
  p('ggmaMum', 'Doreen', 'Flynn', 'extended_family', 'female', '1944'),
  p('nanWalker', 'Carol', 'Walker', 'birth_family', 'female', '1962-07-19', {
    phone: '07700 900201',
  }),
  p('grandadWalker', 'Terry', 'Walker', 'birth_family', 'male', '~1960'),
  p('nanFlynn', 'Bernadette', 'Flynn', 'birth_family', 'female', '1966', { knownAs: 'Bernie' }),
  p('grandadFlynn', 'Sean', 'Flynn', 'birth_family', 'male', '~1964', { deceased: 2021 }),
  p('mumReece', 'Kelly', 'Flynn', 'birth_family', 'female', '1990-03-03'),
  p('dadReece', 'Jason', 'Walker', 'birth_family', 'male', '1988-10-27'),
  p('auntLisa', 'Lisa', 'Walker', 'birth_family', 'female', '1992-05-11', {
    phone: '07700 900202',
  }),
  p('uncleRyan', 'Ryan', 'Walker', 'birth_family', 'male', '~1986'),
  p('auntNiamh', 'Niamh', 'Flynn', 'extended_family', 'female', '1994'),
  p('uncleConor', 'Conor', 'Flynn', 'extended_family', 'male', '~1989'),
  p('partnerRyan', 'Aisha', 'Walker', 'extended_family', 'female', '1987'),
  p('brotherKai', 'Kai', 'Walker', 'birth_family', 'male', '2007-12-01'),
  p('sisterLexi', 'Lexi', 'Flynn', 'birth_family', 'female', '2013-04-18'),
  p('cousinTia', 'Tia', 'Walker', 'extended_family', 'female', '2011'),
  p('cousinFinn', 'Finn', 'Flynn', 'extended_family', 'male', '2016'),
  p('fosterAnn', 'Ann', 'Morris', 'former_foster_carer', 'female', '~1960'),
  p('resWorker', 'Dev', 'Patel', 'former_residential_worker', 'male', '~1985', {
    professional: true,
  }),
  p('teacherReece', 'Mark', 'Evans', 'teacher', 'male', null, { professional: true }),
  p('friendReece', 'Jordan', 'Bailey', 'friend', 'male', '2009'),
  p('neighbour', 'Pauline', 'Hart', 'other_adult', 'female', '~1958'),
];

export const REECE: DemoMember[] = [
  ['ggma', 'paternal great-grandmother', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggpa', 'paternal great-grandfather', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggmaMum', 'maternal great-grandmother', 'another_relative', 'located', 'yes'],
  ['nanWalker', 'paternal grandmother', 'young_person', 'agreed_to_engage', 'yes'],
  ['grandadWalker', 'paternal grandfather', 'young_person', 'contacted', 'yes'],
  ['nanFlynn', 'maternal grandmother', 'records', 'safety_checked', 'yes'],
  ['grandadFlynn', 'maternal grandfather', 'records', 'identified', 'not_asked', 'deceased'],
  ['mumReece', 'mother', 'records', 'located', 'not_now'],
  ['dadReece', 'father', 'records', 'located', 'yes', 'not_safe'],
  ['auntLisa', 'paternal aunt', 'young_person', 'agreed_to_engage', 'yes'],
  ['uncleRyan', 'paternal uncle', 'young_person', 'contacted', 'yes', 'declined'],
  ['auntNiamh', 'maternal aunt', 'online_search', 'located', 'yes'],
  ['uncleConor', 'maternal uncle', 'online_search', 'identified', 'yes', 'not_found'],
  ['partnerRyan', 'uncle Ryan’s partner', 'another_relative', 'identified', 'not_asked'],
  ['brotherKai', 'brother', 'young_person', 'agreed_to_engage', 'yes'],
  ['sisterLexi', 'half-sister', 'records', 'safety_checked', 'yes'],
  ['cousinTia', 'cousin', 'young_person', 'contacted', 'yes'],
  ['cousinFinn', 'cousin', 'another_relative', 'identified', 'not_asked'],
  ['fosterAnn', 'former foster carer', 'young_person', 'agreed_to_engage', 'yes'],
  ['resWorker', 'former residential worker', 'mobility_mapping', 'located', 'yes'],
  ['teacherReece', 'secondary school teacher', 'mobility_mapping', 'identified', 'yes'],
  ['friendReece', 'friend', 'young_person', 'contacted', 'yes'],
  [
    'neighbour',
    'neighbour from his first home',
    'mobility_mapping',
    'identified',
    'no',
    'young_person_said_no',
  ],
];
