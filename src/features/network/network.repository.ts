/**
 * The network's queries, by what they are about: people and their contact details, members of
 * children's networks, and what decides whether a member may be contacted.
 */
export * from './network-contactability.repository.ts';
export * from './network-members.repository.ts';
export * from './network-people.repository.ts';
