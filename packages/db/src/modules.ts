import type { DbModule } from "./module.ts";
import { platformDb } from "./platform/index.ts";
import type { PlatformTables } from "./platform/schema.ts";
import { urgenceDb } from "./urgence/index.ts";

/**
 * The one list of the database's modules: migrations, roles and the `Database` type are
 * composed from it. A new module adds its folder (`<module>/{schema.ts, migrations/, index.ts}`)
 * and one line here.
 */
export const DB_MODULES = [platformDb, urgenceDb] as const;

type AnyModule = (typeof DB_MODULES)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type ModuleTables<M> = M extends DbModule<infer T, readonly string[]> ? (T extends PlatformTables ? never : T) : never;

/** Every role, the platform's first: a membership holds one of them. */
export const ROLES = DB_MODULES.flatMap((m): readonly string[] => m.roles) as readonly Role[];
export type Role = AnyModule["roles"][number];

/** The whole database as Kysely sees it: the platform's tables (memberships typed by `Role`) and every module's. */
export type Database = PlatformTables<Role> & UnionToIntersection<ModuleTables<AnyModule>>;
