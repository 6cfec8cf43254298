import { add, maximum, minimum, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { sommeArrondie } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

/** The crédits d'impôt until 2012; those not computed by Zéro are inputs. */
const CREDITS_AVANT_2013 = [
  "acqgpl",
  "aidper",
  "creimp",
  "drbail",
  "prlire",
  "ci_gardenf",
  "aidmob",
  "assloy",
  "divide",
  "direpa",
  "jeunes",
  "preetu",
  "quaenv",
  "inthab",
  "ci_saldom",
  "creimp_exc_2008",
  "autent",
  "percvm",
  "credit_cotisations_syndicales",
];

/** Since 2013, the crédits under the global ceiling of tax advantages, and those outside it. */
const CREDITS_PLAFONNES = [
  "ci_saldom",
  "ci_gardenf",
  "ci_investissement_forestier",
  "aidper",
  "assloy",
  "autent",
  "creimp",
  "direpa",
  "drbail",
  "inthab",
  "preetu",
  "quaenv",
];
const CREDITS_NON_PLAFONNES = ["credit_cotisations_syndicales"];

type PlafNich = FrenchParameters["impot_revenu"]["credits_impots"]["plaf_nich"];

/** The crédits within what the réductions, as far as they were used against the tax, leave of the ceiling. */
function creditsDepuis2013(foyer: Population, period: Period, p: PlafNich, majorationEsus: number): Float64Array {
  const f = (name: string) => foyer(name, period);
  const reductionsPlafonnees = add(
    f("reductions_plafonnees"),
    maximum(0, sub(f("reductions_plafonnees_om_sofica"), p.plafonnement_des_niches.majoration_om)),
    maximum(0, sub(f("reductions_plafonnees_esus_sfs"), majorationEsus)),
  );
  const resteDuPlafond = sub(p.plafond, minimum(f("ip_net"), reductionsPlafonnees));
  return add(minimum(resteDuPlafond, sommeArrondie(foyer, period, CREDITS_PLAFONNES)), sommeArrondie(foyer, period, CREDITS_NON_PLAFONNES));
}

export const credits_impot = defineVariable({
  name: "credits_impot",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Crédits d'impôt pour l'impôt sur les revenus",
  // The crédits d'impôt are paid back when they exceed the tax. Since 2013 most of them share with the
  // réductions the global ceiling of advantages (CGI art. 200-0 A): they take what the réductions,
  // as far as they were used against the tax, leave of it.
  reference: cgi("200-0 A", "199 sexdecies", "200 quater"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => sommeArrondie(foyer_fiscal, period, CREDITS_AVANT_2013),
    "2013-01-01": ({ foyer_fiscal, period, parameters }) =>
      creditsDepuis2013(foyer_fiscal, period, parameters(period).impot_revenu.credits_impots.plaf_nich, 0),
    // 2021: the réductions for solidarity companies have a raised ceiling of their own (majoration of 2021).
    "2021-01-01": ({ foyer_fiscal, period, parameters }) =>
      creditsDepuis2013(
        foyer_fiscal,
        period,
        parameters(period).impot_revenu.credits_impots.plaf_nich,
        parameters("2021-01-01").impot_revenu.credits_impots.plaf_nich.plafonnement_des_niches.majoration_esus_sfs,
      ),
  },
});
