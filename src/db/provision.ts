import pg from 'pg';

/** The two roles Kindred needs: one owns the schema, the other serves requests and owns nothing. */
export interface DatabaseRoles {
  database: string;
  ownerRole: string;
  ownerPassword: string;
  appRole: string;
  appPassword: string;
}

export interface DatabaseUrls {
  ownerUrl: string;
  appUrl: string;
}

const identifierPattern = /^[a-z_][a-z0-9_]{0,62}$/;

function identifier(name: string): string {
  if (!identifierPattern.test(name)) throw new Error(`Not a safe database identifier: ${name}`);
  return `"${name}"`;
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Creates (or brings up to date) the owner role, the app role and the database, connecting as a
 * superuser. Used for the embedded server and for test databases on a machine's PostgreSQL.
 */
export async function provisionDatabase(
  superuserUrl: string,
  roles: DatabaseRoles,
): Promise<DatabaseUrls> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const [role, password] of [
      [roles.ownerRole, roles.ownerPassword],
      [roles.appRole, roles.appPassword],
    ] as const) {
      const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      const verb = exists.rowCount ? 'alter' : 'create';
      await client.query(
        `${verb} role ${identifier(role)} login nosuperuser nobypassrls nocreatedb nocreaterole password ${literal(password)}`,
      );
    }
    const database = await client.query('select 1 from pg_database where datname = $1', [
      roles.database,
    ]);
    if (!database.rowCount) {
      await client.query(
        `create database ${identifier(roles.database)} owner ${identifier(roles.ownerRole)} encoding 'UTF8' template template0`,
      );
    }
    await client.query(`revoke all on database ${identifier(roles.database)} from public`);
    await client.query(
      `grant connect on database ${identifier(roles.database)} to ${identifier(roles.appRole)}`,
    );
  } finally {
    await client.end();
  }
  await createExtensionsAsSuperuser(superuserUrl, roles.database);
  const base = new URL(superuserUrl);
  const urlFor = (user: string, password: string) => {
    const url = new URL(base.toString());
    url.username = user;
    url.password = password;
    url.pathname = `/${roles.database}`;
    return url.toString();
  };
  return {
    ownerUrl: urlFor(roles.ownerRole, roles.ownerPassword),
    appUrl: urlFor(roles.appRole, roles.appPassword),
  };
}

/**
 * The extensions the migrations use. pg_trgm and unaccent are trusted on PostgreSQL 13+, so the
 * owner could create them itself; creating them here as the superuser also covers a server that
 * does not trust them. The migration's `create extension if not exists` then finds it in place.
 */
async function createExtensionsAsSuperuser(superuserUrl: string, database: string) {
  const url = new URL(superuserUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query('create extension if not exists pg_trgm');
    await client.query('create extension if not exists unaccent');
  } finally {
    await client.end();
  }
}

export async function dropDatabase(superuserUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${identifier(database)} with (force)`);
  } finally {
    await client.end();
  }
}
