/** What a network page's banner says after a change (the address carries a short code). */
const NOTICES: Record<string, string> = {
  'person-added': 'Person added to the network',
  'person-changed': 'Person’s details saved',
  'say-recorded': 'The young person’s say is recorded',
  'progress-recorded': 'Progress recorded',
  closed: 'Their part in the network is closed',
  'safety-recorded':
    'Safety check saved. It now needs signing off by the team manager or the social worker',
  'safety-signed-off': 'Safety check signed off',
  'safety-overridden': 'Override recorded: the first contact may now be recorded',
  merged: 'The two records are now one person',
  'contact-logged': 'Contact recorded in the contact log',
  'letter-given': 'The information letter is recorded as given',
};

export function noticeText(notice: unknown): string | null {
  return typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;
}
