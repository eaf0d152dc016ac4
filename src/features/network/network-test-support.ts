import type { TestUser } from '../../../tests/support/factories.ts';
import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import type { PersonDetails } from './network.service.ts';

/** A caller as a route would make it, for calling the network's services in tests. */
export function callerFor(user: TestUser): Caller {
  return {
    user: {
      id: user.id,
      organisationId: user.organisationId,
      organisationName: 'Test Council',
      displayName: 'Test user',
      email: user.email,
      roles: user.roles,
      teamId: null,
      passwordMustChange: false,
    },
    requestId: 'network-test',
  };
}

/** A person's details with everything optional left empty; override what a test needs. */
export function personDetails(overrides: Partial<PersonDetails> = {}): PersonDetails {
  return {
    firstName: 'Margaret',
    lastName: 'Hughes',
    otherNames: null,
    knownAs: null,
    kind: 'birth_family',
    professional: false,
    deceased: false,
    diedYear: null,
    dateOfBirth: null,
    birthYear: 1961,
    birthYearApproximate: true,
    gender: 'female',
    firstLanguage: 'English',
    needs: null,
    contacts: [],
    ...overrides,
  };
}

/** Runs `work` in a transaction acting for the user's organisation, as the app role would. */
export function asUser<T>(db: Db, user: TestUser, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inOrganisation(db, { organisationId: user.organisationId, userId: user.id }, work);
}
