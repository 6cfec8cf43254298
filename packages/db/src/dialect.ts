/** The two SQL engines Zéro runs on (docs/decisions/0004-portable-sql.md). */
export type DialectName = "sqlite" | "postgres";
