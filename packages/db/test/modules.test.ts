import { describe, expect, it } from "vitest";
import {
  composeMigrations,
  DB_MODULES,
  defineDbModule,
  migrations,
  PLATFORM_ROLES,
  ROLES,
  URGENCE_ROLES,
  type Role,
} from "../src/index.ts";

describe("database modules", () => {
  it("composes every module's migrations in the order of their numbers", () => {
    const names = Object.keys(migrations("sqlite"));
    expect(names).toEqual([...names].sort());
    expect(names.slice(0, 9)).toEqual([
      "0001-accounts",
      "0002-audit-log",
      "0003-urgence",
      "0004-urgence-sectors",
      "0005-urgence-people-search",
      "0006-proconnect-totp",
      "0007-account-security",
      "0008-data-lifecycle",
      "0009-roles-and-record-changes",
    ]);
    const fromModules = DB_MODULES.flatMap((m) => Object.keys(m.migrations("postgres")));
    expect(new Set(names)).toEqual(new Set(fromModules));
  });

  it("has every role once, the platform's first", () => {
    expect(ROLES).toEqual([...PLATFORM_ROLES, ...URGENCE_ROLES]);
    expect(new Set(ROLES).size).toBe(ROLES.length);
    const maraude: Role = "maraude";
    // @ts-expect-error a role no module declares is not a Role
    const unknown: Role = "superuser";
    expect(ROLES).toContain(maraude);
    expect(ROLES).not.toContain(unknown);
  });
});

describe("a new module's migrations", () => {
  const noop = { up: async () => undefined };
  const lab = (names: string[]) =>
    defineDbModule<{ lab_projects: { id: string } }>()({
      name: "lab",
      roles: ["lab_member"],
      migrations: () => Object.fromEntries(names.map((n) => [n, noop])),
    });

  it("take their place after the others, by number", () => {
    const names = Object.keys(composeMigrations([...DB_MODULES, lab(["0100-lab-projects"])], "sqlite"));
    expect(names.at(-1)).toBe("0100-lab-projects");
  });

  it("are refused when they reuse a number or have none", () => {
    expect(() => composeMigrations([...DB_MODULES, lab(["0003-lab-projects"])], "sqlite")).toThrow(/share the number 0003/);
    expect(() => composeMigrations([...DB_MODULES, lab(["lab-projects"])], "sqlite")).toThrow(/four-digit number/);
  });
});
