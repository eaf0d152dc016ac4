import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import type { ConflictDeclarationService } from './conflict-declarations.service.ts';
import { correctionSchema } from './matching.schemas.ts';
import { isRefusal } from './referral-case.ts';
import { yesNoValue } from './referral-forms.ts';
import { actorFrom, answerRefusal, bodyOf, type FormBody, recordId } from './referral-request.ts';

const access = { access: 'referrals:triage' } as const;
type Params = { Params: { referralId: string; declarationId: string } };
const VIEW = 'features/referrals/views/declaration-correct.njk';

/** A team manager corrects a conflict-of-interest declaration, giving the reason. */
export function conflictDeclarationRoutes(
  app: FastifyInstance,
  declarations: ConflictDeclarationService,
) {
  async function show(
    request: FastifyRequest<Params>,
    reply: FastifyReply,
    ids: { referralId: string; declarationId: string },
    values?: FormBody,
    problems: object = {},
  ) {
    const found = await declarations.page(actorFrom(request), ids.referralId, ids.declarationId);
    if (isRefusal(found)) return answerRefusal(reply, found);
    if (found.outcome === 'gone') return reply.redirect(`/referrals/${ids.referralId}`, 303);
    const { declaration, card } = found;
    return reply.status(values ? 400 : 200).viewAsync(VIEW, {
      title: 'Correct the conflict of interest declaration',
      referral: found.found.referral,
      caption: found.found.referral.reference,
      coordinator: card?.coordinator ?? '',
      card,
      values: values ?? {
        hasConflict: yesNoValue(declaration.has_conflict),
        conflictDetails: declaration.details,
      },
      ...problems,
    });
  }

  function idsFrom(request: FastifyRequest<Params>) {
    const referralId = recordId(request.params.referralId);
    const declarationId = recordId(request.params.declarationId);
    return referralId && declarationId ? { referralId, declarationId } : null;
  }

  const path = '/referrals/:referralId/declarations/:declarationId/correct';

  app.get<Params>(path, { config: access }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    return show(request, reply, ids);
  });

  app.post<Params>(path, { config: access }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const body = bodyOf(request);
    const form = parseForm(correctionSchema, body);
    if (!form.ok) return show(request, reply, ids, body, form);
    const corrected = await declarations.correct(
      actorFrom(request),
      ids.referralId,
      ids.declarationId,
      form.data,
    );
    if (isRefusal(corrected)) return answerRefusal(reply, corrected);
    if (corrected.outcome !== 'done') return reply.redirect(`/referrals/${ids.referralId}`, 303);
    return reply.redirect(`/referrals/${ids.referralId}?notice=declaration-corrected`, 303);
  });
}
