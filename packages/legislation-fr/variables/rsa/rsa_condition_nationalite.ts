import { allOf, anyOf, eq, ge } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { ASSIMILES_EEE, EEE, parNationalite } from "../../src/nationalites.ts";

export const rsa_condition_nationalite = defineVariable({
  name: "rsa_condition_nationalite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Remplit la condition de nationalité ou de séjour du RSA",
  // French nationals; EEA and Swiss nationals after three months of residence; others
  // after five years of a permit to work (CASF art. L262-4, 2°, and L262-6).
  reference: casf("L262-4", "L262-6"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const duree = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond.duree_min_titre_sejour;
      const nationalite = individu.strings("nationalite", period);
      const sejour = individu("duree_possession_titre_sejour", period);
      const dureeEee: number = duree.eee;
      const dureeNonEee: number = duree.non_eee;
      // 0 French, 1 EEA or assimilated, 2 other.
      const categorie = parNationalite(nationalite, (code) =>
        code === "FR" || code === "" ? 0 : EEE.has(code) || ASSIMILES_EEE.has(code) ? 1 : 2,
      );
      return anyOf(eq(categorie, 0), allOf(eq(categorie, 1), ge(sejour, dureeEee)), allOf(eq(categorie, 2), ge(sejour, dureeNonEee)));
    },
  },
});
