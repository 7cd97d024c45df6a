import type postgres from "postgres";

/**
 * Runs `load` with the secondary indexes of `tables` dropped and builds them again afterwards (also
 * when `load` fails): one sorted build per index is several times cheaper than keeping the index
 * current row by row over millions of rows. Indexes behind primary keys and constraints stay, so
 * every foreign key keeps its target. Only for a database nobody else is using meanwhile.
 */
export async function withoutSecondaryIndexes<T>(client: postgres.Sql, tables: readonly string[], load: () => Promise<T>): Promise<T> {
  const indexes = await client<{ name: string; definition: string }[]>`
    select i.indexname as name, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in ${client(tables)}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const { name } of indexes) await client`drop index ${client(name)}`;
  try {
    return await load();
  } finally {
    const session = await client.reserve();
    try {
      await session`set maintenance_work_mem = '256MB'`;
      for (const { definition } of indexes) await session.unsafe(definition);
    } finally {
      session.release();
    }
  }
}
