import { add, minimum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { sommeArrondie } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** Overseas investments and SOFICA, whose ceiling is raised; those not computed by Zéro are inputs. */
const OM_SOFICA = ["sofica", "duflot_pinel_denormandie_om", "scelli"];

export const reductions_plafonnees_om_sofica = defineVariable({
  name: "reductions_plafonnees_om_sofica",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réductions d'impôt sur le revenu plafonnées, DOM et SOFICA",
  // Within the raised ceiling of overseas investments and SOFICA, plus what the general ceiling leaves
  // (CGI art. 200-0 A, 1, second alinéa).
  reference: cgi("200-0 A"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.plaf_nich;
      const resteGeneral = sub(p.plafond, foyer_fiscal("reductions_plafonnees", period));
      return minimum(add(p.plafonnement_des_niches.majoration_om, resteGeneral), sommeArrondie(foyer_fiscal, period, OM_SOFICA));
    },
  },
});
