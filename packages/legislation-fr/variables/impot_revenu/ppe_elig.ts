import { add, anyOf, le, maximum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_elig = defineVariable({
  name: "ppe_elig",
  entity: "foyer_fiscal",
  valueType: "bool",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "PPE: eligibilité à la ppe, condition sur le revenu fiscal de référence",
  // The foyer's revenu fiscal de référence, converted to a whole year, at most a ceiling for a single
  // person or a couple, raised per half-part beyond the declarants' (CGI art. 200 sexies, I, A).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const seuils = parameters(period).impot_revenu.credits_impots.ppe.seuils_rfr_eligibilite;
      const nbptr = foyer_fiscal("nbptr", period);
      const seul = anyOf(foyer_fiscal("veuf", period), foyer_fiscal("celibataire_ou_divorce", period));
      const demiParts = (parts: number) => mul(2 * seuils.increment_par_demi_part, maximum(sub(nbptr, parts), 0));
      const seuil = add(
        where(seul, add(seuils.personne_seule, demiParts(1)), 0),
        where(foyer_fiscal("maries_ou_pacses", period), add(seuils.couple_marie_pacse, demiParts(2)), 0),
      );
      return le(mul(foyer_fiscal("rfr", period), foyer_fiscal("ppe_coef", period)), seuil);
    },
  },
});
