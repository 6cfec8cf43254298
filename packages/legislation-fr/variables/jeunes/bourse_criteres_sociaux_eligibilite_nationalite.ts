import { anyOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";
import { parNationalite } from "../../src/nationalites.ts";

/** Nationalities outside the EEA that open the bourse, by date (circulars of 2007, 2020 and 2021): Switzerland, and the United Kingdom for 2020-2021 only. */
const hors = (codes: readonly string[]) => {
  const set = new Set(codes);
  return (code: string) => (set.has(code) ? 1 : 0);
};

export const bourse_criteres_sociaux_eligibilite_nationalite = defineVariable({
  name: "bourse_criteres_sociaux_eligibilite_nationalite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Condition de nationalité de la bourse sur critères sociaux remplie",
  // Before 21 July 2004, residents of the European Union; since, nationals of the EEA and of the
  // countries the circulars add (Switzerland since 2007, the United Kingdom for 2020-2021).
  reference: BCS_REFERENCE,
  formulas: {
    "2003-04-23": ({ individu, period }) => individu("resident_ue", period),
    "2004-07-21": ({ individu, period }) => individu("ressortissant_eee", period),
    "2007-03-20": ({ individu, period }) =>
      anyOf(individu("ressortissant_eee", period), parNationalite(individu.strings("nationalite", period), hors(["CH"]))),
    "2020-06-08": ({ individu, period }) =>
      anyOf(individu("ressortissant_eee", period), parNationalite(individu.strings("nationalite", period), hors(["CH", "UK", "GB"]))),
    "2021-06-23": ({ individu, period }) =>
      anyOf(individu("ressortissant_eee", period), parNationalite(individu.strings("nationalite", period), hors(["CH"]))),
  },
});
