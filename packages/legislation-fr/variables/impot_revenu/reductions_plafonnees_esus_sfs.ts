import { add, maximum, minimum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { sommeArrondie } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const reductions_plafonnees_esus_sfs = defineVariable({
  name: "reductions_plafonnees_esus_sfs",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2021-12-31",
  label: "Réductions d'impôt sur le revenu plafonnées, ESUS et SFS",
  // Subscriptions to the capital of solidarity companies (ESUS) and foncières solidaires, within a raised
  // ceiling plus what the general and overseas ceilings leave (CGI art. 200-0 A, 1, of 2021).
  reference: cgi("200-0 A"),
  formulas: {
    "2021-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.plaf_nich;
      const majorationOm = p.plafonnement_des_niches.majoration_om;
      const resteGeneral = sub(
        sub(p.plafond, foyer_fiscal("reductions_plafonnees", period)),
        maximum(0, sub(foyer_fiscal("reductions_plafonnees_om_sofica", period), majorationOm)),
      );
      const majoration = p.plafonnement_des_niches.majoration_esus_sfs;
      return minimum(add(majoration, resteGeneral), sommeArrondie(foyer_fiscal, period, ["cappme_esus_sfs"]));
    },
  },
});
