import type {
  ContactKind,
  FoundBy,
  MemberStatus,
  NetworkGender,
  NetworkPersonKind,
  OffRamp,
  YoungPersonSay,
} from '../../db/schema.ts';

/** The words the network's pages use for its codes, plain enough for a young person. */

export const KIND_LABELS: Record<NetworkPersonKind, string> = {
  birth_family: 'Birth family',
  extended_family: 'Extended family',
  former_foster_carer: 'Former foster carer',
  former_residential_worker: 'Former residential worker',
  teacher: 'Teacher',
  friend: 'Friend',
  other_adult: 'Other adult',
};

export const GENDER_LABELS: Record<NetworkGender, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not known',
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  social_media: 'Social media',
  other: 'Other',
};

export const FOUND_BY_LABELS: Record<FoundBy, string> = {
  young_person: 'The young person named them',
  records: 'Records',
  genogram: 'Genogram',
  mobility_mapping: 'Mobility mapping',
  online_search: 'Online search',
  another_relative: 'Another relative',
};

/** The board's groups: open members by status, then the closed ones. */
export type BoardGroup = MemberStatus | 'closed';

export const STATUS_LABELS: Record<BoardGroup, string> = {
  identified: 'Identified',
  located: 'Located',
  safety_checked: 'Safety checked',
  contacted: 'Contacted',
  agreed_to_engage: 'Agreed to take part',
  invited: 'Invited',
  attended: 'Attended',
  in_plan: 'In the plan',
  closed: 'Closed',
};

export const STATUS_TAG_CLASSES: Record<BoardGroup, string> = {
  identified: 'govuk-tag--grey',
  located: 'govuk-tag--light-blue',
  safety_checked: 'govuk-tag--blue',
  contacted: 'govuk-tag--turquoise',
  agreed_to_engage: 'govuk-tag--green',
  invited: 'govuk-tag--green',
  attended: 'govuk-tag--green',
  in_plan: 'govuk-tag--green',
  closed: 'govuk-tag--red',
};

/** The statuses the board shows today (later stages add invited, attended, in the plan). */
export const BOARD_GROUPS: readonly BoardGroup[] = [
  'identified',
  'located',
  'safety_checked',
  'contacted',
  'agreed_to_engage',
  'closed',
];

export const SAY_LABELS: Record<YoungPersonSay, string> = {
  not_asked: 'Not asked yet',
  yes: 'Yes',
  no: 'No',
  not_now: 'Not now',
};

export const OFF_RAMP_LABELS: Record<OffRamp, string> = {
  declined: 'They declined',
  not_safe: 'Not safe',
  not_found: 'Not found',
  deceased: 'Died',
  young_person_said_no: 'The young person said no',
};

/** What a reader without the sensitive part sees for a "not safe" closure. */
export const CLOSED_WITHOUT_REASON = 'Closed';
