import { type Db, inOrganisation } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { saveDeadlineSettings } from './calendar.repository.ts';
import { organisationCalendar } from './calendar.service.ts';
import type { DeadlineSettingsForm } from './deadline-settings.schemas.ts';

interface Actor {
  id: string;
  organisationId: string;
  requestId: string;
}

/** The settings in force: the administrator's, or the defaults where none were chosen. */
export async function currentDeadlineSettings(
  db: Db,
  organisationId: string,
): Promise<DeadlineSettingsForm> {
  const calendar = await inOrganisation(db, { organisationId }, (tx) =>
    organisationCalendar(tx, organisationId),
  );
  return {
    referralResponseWorkingDays: calendar.referralResponseWorkingDays,
    reminderWorkingDays: calendar.reminderWorkingDays,
    turningFifteenWorkingDay: calendar.turningFifteenWorkingDay,
  };
}

/**
 * Saves the organisation's deadline settings, audited in the same transaction with what was and
 * what is now. Deadlines are worked out when they are shown, so every open deadline follows the
 * new settings at once; reminders already sent are not sent again.
 */
export async function saveOrganisationDeadlineSettings(
  db: Db,
  actor: Actor,
  settings: DeadlineSettingsForm,
) {
  await inOrganisation(
    db,
    { organisationId: actor.organisationId, userId: actor.id },
    async (tx) => {
      const before = await organisationCalendar(tx, actor.organisationId);
      await saveDeadlineSettings(
        tx,
        actor.organisationId,
        {
          referral_response_working_days: settings.referralResponseWorkingDays,
          reminder_working_days: settings.reminderWorkingDays,
          turning_fifteen_working_day: settings.turningFifteenWorkingDay,
        },
        actor.id,
      );
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorUserId: actor.id,
        action: 'deadline-settings.changed',
        subjectType: 'deadline-settings',
        requestId: actor.requestId,
        detail: {
          before: {
            referralResponseWorkingDays: before.referralResponseWorkingDays,
            reminderWorkingDays: before.reminderWorkingDays,
            turningFifteenWorkingDay: before.turningFifteenWorkingDay,
          },
          after: settings,
        },
      });
    },
  );
}
