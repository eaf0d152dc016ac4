import type { Tx } from '../../db/database.ts';
import {
  type Calendar,
  DEFAULT_REFERRAL_RESPONSE_WORKING_DAYS,
  DEFAULT_REMINDER_WORKING_DAYS,
} from '../../domain/deadlines.ts';
import { calendarOf } from './calendar.repository.ts';

export interface OrganisationCalendar extends Calendar {
  turningFifteenWorkingDay: number;
  reminderWorkingDays: number;
}

/**
 * The organisation's working calendar and deadline settings, with the defaults where an
 * administrator has not chosen. Other features (oversight) read it through this function.
 */
export async function organisationCalendar(
  tx: Tx,
  organisationId: string,
): Promise<OrganisationCalendar> {
  const settings = await calendarOf(tx, organisationId);
  return {
    closureDays: settings.closure_days,
    referralResponseWorkingDays:
      settings?.referral_response_working_days ?? DEFAULT_REFERRAL_RESPONSE_WORKING_DAYS,
    turningFifteenWorkingDay: settings?.turning_fifteen_working_day ?? 1,
    reminderWorkingDays: settings?.reminder_working_days ?? DEFAULT_REMINDER_WORKING_DAYS,
  };
}
