import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { canReceiveEmail, NOTICE_KINDS, type NoticeKind } from '../../domain/notice-kinds.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { type Page, type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { emailIsOn } from './email/email-settings.ts';
import {
  markAllNoticesRead,
  markNoticeRead,
  type NoticeRow,
  noticesPage,
  preferencesOf,
  savePreferences,
} from './notifications.repository.ts';

export const NOTICES_PER_PAGE = 20;

export interface PreferenceChoice {
  kind: NoticeKind;
  byEmail: boolean;
}

/**
 * A person's own notices and email choices. Every query names the person: a notice is only
 * ever read, opened or marked by the person it is for.
 */
export class NotificationsService {
  constructor(private readonly db: Db) {}

  private asUser<T>(user: SignedInUser, work: (tx: Tx) => Promise<T>): Promise<T> {
    return inOrganisation(this.db, { organisationId: user.organisationId, userId: user.id }, work);
  }

  private scope(user: SignedInUser) {
    return { organisationId: user.organisationId, userId: user.id };
  }

  async centre(user: SignedInUser, request: PageRequest): Promise<Page<NoticeRow>> {
    const rows = await this.asUser(user, (tx) => noticesPage(tx, this.scope(user), request));
    return pageFrom(rows, request);
  }

  /** Marks the notice read and gives the page it is about; undefined if it is not theirs. */
  async open(user: SignedInUser, noticeId: string, requestId: string) {
    return this.asUser(user, async (tx) => {
      const notice = await markNoticeRead(tx, this.scope(user), noticeId);
      if (notice) await this.audit(tx, user, 'notification.read', requestId, noticeId);
      return notice?.link;
    });
  }

  async markRead(user: SignedInUser, noticeId: string, requestId: string): Promise<boolean> {
    return this.asUser(user, async (tx) => {
      const notice = await markNoticeRead(tx, this.scope(user), noticeId);
      if (notice) await this.audit(tx, user, 'notification.read', requestId, noticeId);
      return notice !== undefined;
    });
  }

  async markAllRead(user: SignedInUser, requestId: string): Promise<number> {
    return this.asUser(user, async (tx) => {
      const count = await markAllNoticesRead(tx, this.scope(user));
      await recordAudit(tx, {
        organisationId: user.organisationId,
        actorUserId: user.id,
        action: 'notification.all-read',
        requestId,
        detail: { count },
      });
      return count;
    });
  }

  /** Each kind with the person's choice (or its default), and whether email can reach them. */
  async preferences(user: SignedInUser) {
    const saved = await this.asUser(user, (tx) => preferencesOf(tx, this.scope(user)));
    const chosen = new Map(saved.map((row) => [row.kind, row.by_email]));
    const kinds = (Object.keys(NOTICE_KINDS) as NoticeKind[]).map((kind) => ({
      kind,
      byEmail: chosen.get(kind) ?? NOTICE_KINDS[kind].emailByDefault,
    }));
    return { kinds, emailOn: emailIsOn(), hasAddress: canReceiveEmail(user.email) };
  }

  async savePreferences(user: SignedInUser, byEmail: NoticeKind[], requestId: string) {
    const wanted = new Set(byEmail);
    const choices = (Object.keys(NOTICE_KINDS) as NoticeKind[]).map((kind) => ({
      kind,
      byEmail: wanted.has(kind),
    }));
    await this.asUser(user, async (tx) => {
      await savePreferences(tx, this.scope(user), choices);
      await recordAudit(tx, {
        organisationId: user.organisationId,
        actorUserId: user.id,
        action: 'notification-preferences.changed',
        subjectType: 'user',
        subjectId: user.id,
        requestId,
        detail: { byEmail: [...wanted].sort() },
      });
    });
  }

  private audit(tx: Tx, user: SignedInUser, action: string, requestId: string, id: string) {
    return recordAudit(tx, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action,
      subjectType: 'notification',
      subjectId: id,
      requestId,
    });
  }
}
