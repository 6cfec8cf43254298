import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur, selonFoyer, type BaremeComposition } from "../../src/aides-logement.ts";

type Parts = ReturnType<typeof allocationsLogement>["foyer"]["k_coef_prise_en_charge"]["n_nombre_parts"]["al"];

const bareme = (n: Parts): BaremeComposition => ({
  seul: n.isole_0_personne_a_charge,
  couple: n.menage_0_personnes_a_charge,
  parPac: [n["1_personne_a_charge"], n["2_personnes_a_charge"], n["3_personnes_a_charge"], n["4_personnes_a_charge"]],
  parPacEnPlus: n.maj_par_pac_supp,
});

export const aides_logement_nb_part = defineVariable({
  name: "aides_logement_nb_part",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre de parts N des aides au logement en foyer et en accession",
  // By household composition, for the APL or the allocation de logement (CCH art. D832-25).
  reference: cch("D832-25"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const parts = allocationsLogement(parameters(period)).foyer.k_coef_prise_en_charge.n_nombre_parts;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const conventionne = menageDuDemandeur(famille, "logement_conventionne", period);
      return where(conventionne, selonFoyer(couple, pac, bareme(parts.apl)), selonFoyer(couple, pac, bareme(parts.al)));
    },
  },
});
