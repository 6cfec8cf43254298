import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { TypesStatutOccupationLogement as Statut } from "./statut_occupation_logement.ts";

const PROPRIETAIRES = [Statut.index("proprietaire"), Statut.index("primo_accedant")];
const LOGE_GRATUITEMENT = Statut.index("loge_gratuitement");

export const logement_sans_charge = defineVariable({
  name: "logement_sans_charge",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Ménage logé sans charge de logement (propriétaire, ou hébergé gratuitement sans participer aux frais)",
  // The forfait logement applies to owners and to people housed for free (CASF art. R262-9).
  reference: casf("R262-9"),
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const statut = menage("statut_occupation_logement", period);
      const participe = menage("participation_frais", period);
      const out = new Uint8Array(menage.count);
      for (let i = 0; i < out.length; i++) {
        out[i] = PROPRIETAIRES.includes(statut[i]!) || (statut[i] === LOGE_GRATUITEMENT && !participe[i]) ? 1 : 0;
      }
      return out;
    },
  },
});
