import type { Migration } from "kysely";
import type { DialectName } from "./dialect.ts";

/**
 * What a module brings to the database: its roles, and its migrations named
 * `NNNN-<what>` with a number unique across all modules (migrate.ts checks it). Its
 * tables' types ride along as `Tables`, so `Database` (modules.ts) is derived from the list.
 */
export interface DbModule<Tables, Roles extends readonly string[] = readonly string[]> {
  readonly name: string;
  readonly roles: Roles;
  readonly migrations: (dialect: DialectName) => Record<string, Migration>;
  /** Type only: never read at run time. */
  readonly tables?: Tables;
}

/** `defineDbModule<UrgenceTables>()({ name, roles, migrations })`: the table types are given, the rest inferred. */
export function defineDbModule<Tables>() {
  return <const Roles extends readonly string[]>(module: Omit<DbModule<Tables, Roles>, "tables">): DbModule<Tables, Roles> => module;
}
