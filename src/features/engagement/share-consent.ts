import type { ShareConsent } from '../../domain/information-sharing.ts';
import type { ConsentRow } from '../consent/consent.service.ts';

/** A consent row as the sharing rule reads it. */
export function shareConsent(consent: ConsentRow): ShareConsent {
  return {
    giver: consent.giver,
    giverName: consent.giver_name,
    share: consent.scope_share,
    shareLocation: consent.share_location,
    shareOnlyWith: consent.share_only_with,
    withdrawn: consent.withdrawn_on !== null,
  };
}
