import { eq } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf, cch } from "../../src/legal-references.ts";
import { TypesActivite } from "./activite.ts";

export const etudiant = defineVariable({
  name: "etudiant",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Élève ou étudiant",
  // Enrolled to prepare a diploma or a competitive examination of higher education (a
  // university, a school, a BTS class…): the person whose activity is « étudiant, élève », as
  // OpenFisca-France derives it (service-public.fr F986). The RSA excludes students (CASF art.
  // L262-4) ; the aides au logement give them a resources floor (CCH art. R822-18).
  reference: [...casf("L262-4"), ...cch("R822-18"), "https://www.service-public.fr/particuliers/vosdroits/F986"],
  formulas: {
    "0001-01-01": ({ individu, period }) => eq(individu("activite", period), TypesActivite.index("etudiant")),
  },
});
