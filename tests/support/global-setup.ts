import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
  }
}

/** One migrated database for the whole run; each test file works in organisations of its own. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('unit');
  project.provide('ownerUrl', database.ownerUrl);
  project.provide('appUrl', database.appUrl);
  return () => database.teardown();
}
