import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** Boxes of the tax credits and réductions the tax compared with the minimum is raised by (CGI art. 224, III, 2°, b). */
const CASES = [
  "f8wt",
  "f8tb",
  "f8tl",
  "f8tp",
  "f8uz",
  "f8wa",
  "f8wd",
  "f8wr",
  "f8wc",
  "f8te",
  "interets_emprunt_reprise_societe",
  "f7ik",
  "f7il",
  "f7gq",
  "f7gr",
  "f7fq",
  "f7ft",
  "f7fm",
  "f7fl",
  "f7fy",
];

export const contribution_differentielle_hauts_revenus_majoration_impot = defineVariable({
  name: "contribution_differentielle_hauts_revenus_majoration_impot",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Majoration de la contribution différentielle sur les hauts revenus",
  // Some crédits and réductions (business credits, investments in companies…) are added back to the tax
  // compared with the minimum; from 2026 the réduction for gifts too (CGI art. 224, III, 2°, b).
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period }) => somme(foyer_fiscal, period, CASES),
    "2026-01-01": ({ foyer_fiscal, period }) => add(somme(foyer_fiscal, period, CASES), foyer_fiscal("dfppce", period)),
  },
});
