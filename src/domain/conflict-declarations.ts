/**
 * Conflict-of-interest declarations (DOMAIN.md: a coordinator must be independent of the
 * family). A declaration is never changed: a team manager corrects a mistaken one by recording a
 * new declaration that names it, with a reason. The one in force is the last of each chain.
 */
export interface Declaration {
  id: string;
  coordinator_id: string;
  has_conflict: boolean;
  declared_at: Date;
  corrects_id: string | null;
}

/** Each declaration still in force (not corrected), with the ones it replaced, newest first. */
export function declarationsInForce<D extends Declaration>(
  declarations: readonly D[],
): Array<{ current: D; replaced: D[] }> {
  const corrected = new Set(declarations.flatMap((d) => (d.corrects_id ? [d.corrects_id] : [])));
  const byId = new Map(declarations.map((d) => [d.id, d]));
  return declarations
    .filter((declaration) => !corrected.has(declaration.id))
    .map((current) => {
      const replaced: D[] = [];
      let earlier = current.corrects_id ? byId.get(current.corrects_id) : undefined;
      while (earlier && !replaced.includes(earlier)) {
        replaced.push(earlier);
        earlier = earlier.corrects_id ? byId.get(earlier.corrects_id) : undefined;
      }
      return { current, replaced };
    });
}

/** Whether a coordinator has a conflict declared, and not corrected, for this referral. */
export function hasConflictInForce(declarations: readonly Declaration[], coordinatorId: string) {
  return declarationsInForce(declarations).some(
    ({ current }) => current.coordinator_id === coordinatorId && current.has_conflict,
  );
}
