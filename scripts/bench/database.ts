import postgres from "postgres";

export const DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  url: string;
  /** For the log: the URL without a password. */
  label: string;
  /** Set when the bench created the database (so it may drop it); null for DATABASE_URL. */
  drop: (() => Promise<unknown>) | null;
}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

/**
 * DATABASE_URL when set (never dropped). Otherwise a database of its own, `name` (the bench's is
 * `masir_bench_<N>`), on the PostgreSQL server of BENCH_POSTGRES_URL (default: the local one),
 * created when missing (a kept one is reused) and dropped by `drop`.
 */
export async function benchDatabase(customers: number, env: NodeJS.ProcessEnv = process.env, name = `masir_bench_${customers}`): Promise<BenchDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, label: redact(env.DATABASE_URL), drop: null };
  const server = env.BENCH_POSTGRES_URL ?? DEFAULT_SERVER;
  const existed = await onServer(server, async (admin) => {
    const [row] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!row) await admin.unsafe(`create database ${name}`);
    return Boolean(row);
  });
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `${redact(url.toString())} (${existed ? "kept from an earlier run" : "created for this run"})`,
    drop: () => onServer(server, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`)),
  };
}

async function onServer<T>(server: string, run: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  try {
    await admin`select 1`.catch((error: Error) => {
      throw new Error(
        `No PostgreSQL at ${redact(server)} (${error.message}). Set DATABASE_URL, or BENCH_POSTGRES_URL to a server where ` +
          "the bench may create a database. The bench does not run on the embedded PGlite: it is single-process, so the SQL " +
          "could not be timed beside the server, and it is not meant for more than 100,000 customers.",
      );
    });
    return await run(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
