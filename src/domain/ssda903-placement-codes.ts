import type { Code, PhrasedCode } from './ssda903-codes.ts';

/** The SSDA903 code lists about placements and how episodes end (see ssda903-codes.ts). */

/** SSDA903 PLACE: the type of placement. */
export const PLACEMENT_CODES: readonly PhrasedCode[] = [
  {
    code: 'U1',
    label: 'Foster placement with a relative or friend: long-term fostering',
    phrase: 'Placed long term with a relative or friend as foster carer',
  },
  {
    code: 'U2',
    label: 'Foster placement with a relative or friend who is also an approved adopter',
    phrase: 'Placed with a relative or friend, fostering for adoption',
  },
  {
    code: 'U3',
    label: 'Foster placement with a relative or friend: not long term or fostering for adoption',
    phrase: 'Placed with a relative or friend as foster carer',
  },
  {
    code: 'U4',
    label: 'Foster placement with another foster carer: long-term fostering',
    phrase: 'Placed long term with a foster carer',
  },
  {
    code: 'U5',
    label: 'Foster placement with another foster carer who is also an approved adopter',
    phrase: 'Placed with a foster carer, fostering for adoption',
  },
  {
    code: 'U6',
    label: 'Foster placement with another foster carer: not long term or fostering for adoption',
    phrase: 'Placed with a foster carer',
  },
  {
    code: 'A3',
    label: 'Placed for adoption with consent, with current foster carers',
    phrase: 'Placed for adoption with their foster carers',
  },
  {
    code: 'A4',
    label: 'Placed for adoption with consent, not with current foster carers',
    phrase: 'Placed for adoption',
  },
  {
    code: 'A5',
    label: 'Placed for adoption with a placement order, with current foster carers',
    phrase: 'Placed for adoption with their foster carers',
  },
  {
    code: 'A6',
    label: 'Placed for adoption with a placement order, not with current foster carers',
    phrase: 'Placed for adoption',
  },
  {
    code: 'K1',
    label: 'Secure children’s home',
    phrase: 'Placed in a secure children’s home',
  },
  {
    code: 'K2',
    label: 'Children’s home subject to the Children’s Homes Regulations',
    phrase: 'Placed in a children’s home',
  },
  {
    code: 'K3',
    label: 'Registered supported accommodation',
    phrase: 'Living in supported accommodation',
  },
  {
    code: 'H5',
    label: 'Semi-independent living accommodation not subject to children’s homes regulations',
    phrase: 'Living in semi-independent accommodation',
  },
  {
    code: 'P1',
    label: 'Placed with own parent or another person with parental responsibility',
    phrase: 'Placed with a parent or another person with parental responsibility',
  },
  {
    code: 'P2',
    label: 'Independent living, for example a flat, lodgings, bedsit, B&B or with friends',
    phrase: 'Living independently',
  },
  { code: 'P3', label: 'Residential employment', phrase: 'In residential employment' },
  { code: 'R1', label: 'Residential care home', phrase: 'Placed in a residential care home' },
  {
    code: 'R2',
    label: 'NHS or health trust establishment providing medical or nursing care',
    phrase: 'In a hospital or other health setting',
  },
  {
    code: 'R3',
    label: 'Family centre or mother and baby unit',
    phrase: 'Placed in a family centre or mother and baby unit',
  },
  {
    code: 'R5',
    label: 'Young offender institution (YOI) or prison',
    phrase: 'In a young offender institution',
  },
  {
    code: 'S1',
    label: 'Residential school, not registered as a children’s home',
    phrase: 'At a residential school',
  },
  { code: 'T0', label: 'Temporary move of any type', phrase: 'On a temporary move' },
  { code: 'T1', label: 'Temporary period in hospital', phrase: 'In hospital for a short time' },
  { code: 'T2', label: 'Temporary absence on holiday', phrase: 'Away on holiday' },
  {
    code: 'T3',
    label: 'Temporary accommodation while the usual foster carers are on holiday',
    phrase: 'With other carers while their foster carers are on holiday',
  },
  {
    code: 'T4',
    label: 'Temporary accommodation of 7 days or less, not covered by T1 to T3',
    phrase: 'In temporary accommodation for up to 7 days',
  },
  { code: 'Z1', label: 'Other placement', phrase: 'In another kind of placement' },
];

/** SSDA903 REC: why an episode ended. Every code but X1 means the period of care ended. */
export const EPISODE_END_REASON_CODES: readonly Code[] = [
  { code: 'X1', label: 'Episode ended and a new one began on the same day' },
  { code: 'E11', label: 'Adopted: application unopposed' },
  { code: 'E12', label: 'Adopted: consent dispensed with by the court' },
  {
    code: 'E13',
    label:
      'Left care to live with a parent, relative or other person without parental responsibility',
  },
  { code: 'E14', label: 'Accommodation on remand ended' },
  { code: 'E15', label: 'Age assessment found they are 18 or over' },
  { code: 'E16', label: 'Moved abroad' },
  { code: 'E17', label: 'Aged 18 or over and stayed with their carers (including staying put)' },
  { code: 'E2', label: 'Died' },
  { code: 'E3', label: 'Care taken over by another local authority in the UK' },
  { code: 'E41', label: 'Residence order or child arrangements order granted' },
  { code: 'E43', label: 'Special guardianship order made to former foster carers' },
  {
    code: 'E44',
    label: 'Special guardianship order made to carers other than former foster carers',
  },
  {
    code: 'E45',
    label: 'Special guardianship order made to former foster carers who are relatives or friends',
  },
  {
    code: 'E46',
    label:
      'Special guardianship order made to former foster carers who are not relatives or friends',
  },
  {
    code: 'E47',
    label: 'Special guardianship order made to other carers who are relatives or friends',
  },
  {
    code: 'E48',
    label: 'Special guardianship order made to other carers who are not relatives or friends',
  },
  {
    code: 'E4A',
    label: 'Returned home to a parent or other person with parental responsibility, as planned',
  },
  {
    code: 'E4B',
    label: 'Returned home to a parent or other person with parental responsibility, not as planned',
  },
  { code: 'E5', label: 'Moved to independent living with formal support' },
  { code: 'E6', label: 'Moved to independent living without formal support' },
  { code: 'E7', label: 'Moved to residential care funded by adult social care' },
  { code: 'E8', label: 'Stopped being looked after for another reason' },
  { code: 'E9', label: 'Sentenced to custody' },
];

/** SSDA903 REASON_PLACE_CHANGE: why a placement changed. */
export const PLACEMENT_CHANGE_REASON_CODES: readonly Code[] = [
  { code: 'CARPL', label: 'Change to, or carrying out of, the care plan' },
  { code: 'CLOSE', label: 'The provider resigned or closed' },
  { code: 'ALLEG', label: 'Allegation (section 47 enquiry)' },
  { code: 'STAND', label: 'Concern about standards of care' },
  { code: 'APPRR', label: 'Carer’s approval removed' },
  { code: 'CREQB', label: 'Carer asked for the placement to end because of the child’s behaviour' },
  { code: 'CREQO', label: 'Carer asked for the placement to end for another reason' },
  { code: 'CHILD', label: 'The child asked for the placement to end' },
  { code: 'LAREQ', label: 'The council asked for the placement to end' },
  { code: 'PLACE', label: 'Change in the status of the placement only' },
  { code: 'CUSTOD', label: 'Custody arrangement' },
  { code: 'OTHER', label: 'Another reason' },
];
