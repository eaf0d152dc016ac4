/**
 * The code lists of the DfE looked-after children return (SSDA903) that Kindred reads, and the
 * DfE ethnicity codes, each with words a person understands. `phrase` is how a code reads inside
 * a sentence of a child's chronology ("Placed with a foster carer (U6) under section 20 (V2)").
 */

export interface Code {
  code: string;
  label: string;
}

export interface PhrasedCode extends Code {
  phrase: string;
}

/** DfE ethnicity codes (SSDA903 ETHNIC, also used by the school census). */
export const ETHNICITY_CODES: readonly Code[] = [
  { code: 'WBRI', label: 'White: British' },
  { code: 'WIRI', label: 'White: Irish' },
  { code: 'WIRT', label: 'White: Traveller of Irish heritage' },
  { code: 'WROM', label: 'White: Gypsy or Roma' },
  { code: 'WOTH', label: 'White: any other White background' },
  { code: 'MWBC', label: 'Mixed: White and Black Caribbean' },
  { code: 'MWBA', label: 'Mixed: White and Black African' },
  { code: 'MWAS', label: 'Mixed: White and Asian' },
  { code: 'MOTH', label: 'Mixed: any other mixed background' },
  { code: 'AIND', label: 'Asian or Asian British: Indian' },
  { code: 'APKN', label: 'Asian or Asian British: Pakistani' },
  { code: 'ABAN', label: 'Asian or Asian British: Bangladeshi' },
  { code: 'AOTH', label: 'Asian or Asian British: any other Asian background' },
  { code: 'BCRB', label: 'Black or Black British: Caribbean' },
  { code: 'BAFR', label: 'Black or Black British: African' },
  { code: 'BOTH', label: 'Black or Black British: any other Black background' },
  { code: 'CHNE', label: 'Chinese' },
  { code: 'OOTH', label: 'Any other ethnic group' },
  { code: 'REFU', label: 'Refused' },
  { code: 'NOBT', label: 'Information not yet obtained' },
];

/** SSDA903 SEX, and the two "not known / not stated" values the register also allows. */
export const GENDER_CODES: readonly Code[] = [
  { code: '1', label: 'Male' },
  { code: '2', label: 'Female' },
  { code: '0', label: 'Not known' },
  { code: '9', label: 'Not stated' },
];

/** SEX values a return may hold: 1 male, 2 female. */
export const SSDA903_SEX_CODES: readonly string[] = ['1', '2'];

export {
  EPISODE_END_REASON_CODES,
  PLACEMENT_CHANGE_REASON_CODES,
  PLACEMENT_CODES,
} from './ssda903-placement-codes.ts';

/** SSDA903 LS: the legal status under which a child is looked after. */
export const LEGAL_STATUS_CODES: readonly PhrasedCode[] = [
  { code: 'C1', label: 'Interim care order', phrase: 'under an interim care order' },
  { code: 'C2', label: 'Full care order', phrase: 'under a full care order' },
  { code: 'D1', label: 'Freeing order granted', phrase: 'under a freeing order' },
  { code: 'E1', label: 'Placement order granted', phrase: 'under a placement order' },
  {
    code: 'V2',
    label: 'Single period of accommodation under section 20 (Children Act 1989)',
    phrase: 'accommodated under section 20',
  },
  {
    code: 'V3',
    label: 'Agreed series of short-term breaks, each episode recorded',
    phrase: 'on agreed short breaks',
  },
  {
    code: 'V4',
    label: 'Agreed series of short-term breaks, agreements recorded',
    phrase: 'on agreed short breaks',
  },
  {
    code: 'L1',
    label: 'Under police protection and in local authority accommodation',
    phrase: 'under police protection',
  },
  {
    code: 'L2',
    label: 'Emergency protection order (EPO)',
    phrase: 'under an emergency protection order',
  },
  {
    code: 'L3',
    label: 'Under a child assessment order and in local authority accommodation',
    phrase: 'under a child assessment order',
  },
  {
    code: 'J1',
    label: 'Remanded to local authority accommodation or youth detention accommodation',
    phrase: 'on remand',
  },
  {
    code: 'J2',
    label:
      'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984',
    phrase: 'under the Police and Criminal Evidence Act 1984',
  },
  {
    code: 'J3',
    label: 'Youth rehabilitation order with a residence or intensive fostering requirement',
    phrase: 'under a youth rehabilitation order',
  },
];

/** SSDA903 RNE: why a new episode started. */
export const NEW_EPISODE_REASON_CODES: readonly Code[] = [
  { code: 'S', label: 'Started to be looked after' },
  { code: 'L', label: 'Change of legal status only' },
  { code: 'P', label: 'Change of placement and carer' },
  { code: 'T', label: 'Change of placement, same carer' },
  { code: 'B', label: 'Change of legal status, placement and carer at the same time' },
  { code: 'U', label: 'Change of legal status and placement, same carer' },
];

/** SSDA903 CIN: the category of need. */
export const NEED_CODES: readonly Code[] = [
  { code: 'N1', label: 'Abuse or neglect' },
  { code: 'N2', label: 'Child’s disability' },
  { code: 'N3', label: 'Parental illness or disability' },
  { code: 'N4', label: 'Family in acute stress' },
  { code: 'N5', label: 'Family dysfunction' },
  { code: 'N6', label: 'Socially unacceptable behaviour' },
  { code: 'N7', label: 'Low income' },
  { code: 'N8', label: 'Absent parenting' },
];

/** SSDA903 PLACE_PROVIDER: who provides the placement. */
export const PLACEMENT_PROVIDER_CODES: readonly Code[] = [
  { code: 'PR0', label: 'Parent or another person with parental responsibility' },
  { code: 'PR1', label: 'The council’s own provision' },
  { code: 'PR2', label: 'Another local authority’s provision' },
  { code: 'PR3', label: 'Other public provision, for example the NHS' },
  { code: 'PR4', label: 'Private provision' },
  { code: 'PR5', label: 'Voluntary or third sector provision' },
];

/** The label of a code in a list, or undefined for a code the list does not hold. */
export function labelOf(
  list: readonly Code[],
  code: string | null | undefined,
): string | undefined {
  if (!code) return undefined;
  return list.find((item) => item.code === code)?.label;
}

export function isCodeIn(list: readonly Code[], code: string): boolean {
  return list.some((item) => item.code === code);
}
