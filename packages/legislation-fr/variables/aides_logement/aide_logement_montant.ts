import { add, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { arrondi, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_montant = defineVariable({
  name: "aide_logement_montant",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement nette de la CRDS",
  // The aide after the reprise of RLS, less the CRDS (crds_logement), to the cent. At
  // Saint-Pierre-et-Miquelon, from 2022 to 2025, the aide rises by eighths towards the
  // metropolitan amounts (décret n° 2021-1750 du 21 décembre 2021, art. 7).
  reference: [
    ...cch("L823-1"),
    "Décret n° 2021-1750 du 21 décembre 2021, art. 7",
    "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000044608297/2021-12-24",
  ],
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const brut = famille("aide_logement_montant_brut_crds", period);
      const annee = period.start.year;
      const alignement = annee >= 2022 && annee <= 2025 ? 1 - (2026 - annee) / 8 : 1;
      const spm = menageDuDemandeur(famille, "residence_saint_pierre_et_miquelon", period);
      const coefficient = where(spm, alignement, 1);
      return arrondi(add(mul(brut, coefficient), famille("crds_logement", period)), 2);
    },
  },
});
