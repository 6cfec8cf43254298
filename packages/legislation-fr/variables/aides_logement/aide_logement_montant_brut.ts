import { anyOf, div, gt, le, maximum, mul, select, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, arrondi, menageDuDemandeur, selonZone, statutDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_montant_brut = defineVariable({
  name: "aide_logement_montant_brut",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement après dégressivité et minoration forfaitaire, avant CRDS",
  // Since July 2016, reduced in proportion when the real rent goes beyond the dégressivité
  // threshold and nil beyond the suppression one (multiples of the loyer plafond by zone); not
  // for accédants, residents of logements-foyers nor households with a disabled member (a
  // parent receiving the AAH, a child the AEEH) (CCH
  // art. L823-4 and D823-16, arrêté du 27 septembre 2019, art. 12). Less the forfaitaire
  // minoration (5 € since October 2017, same arrêté, art. 11). The aide is not paid under the
  // payment threshold: Zéro compares the minored amount to it (see docs/conformance.md, « Seuil
  // de versement des aides au logement »).
  reference: cch("L823-4", "D823-16"),
  formulas: {
    "0001-01-01": ({ famille, period }) => famille("aide_logement_montant_brut_avant_degressivite", period),
    "2016-07-01": ({ famille, period, parameters }) => {
      const locatif = allocationsLogement(parameters(period)).locatif;
      const c = locatif.coefficients_degressivite_suppression;
      const zone = menageDuDemandeur(famille, "zone_apl", period);
      const plafond = famille("aide_logement_loyer_plafond", period);
      const reel = famille("aide_logement_loyer_reel", period);
      const parZone = (k: "degressivite" | "suppression"): Float64Array =>
        selonZone(zone, { zone_1: c.zone_1[k], zone_2: c.zone_2[k], zone_3: c.zone_3[k] });
      const degressivite = arrondi(mul(plafond, parZone("degressivite")), 2);
      const suppression = arrondi(mul(plafond, parZone("suppression")), 2);
      const coefficient = select(
        [
          [le(reel, degressivite), 1],
          [le(reel, suppression), sub(1, div(sub(reel, degressivite), sub(suppression, degressivite)))],
        ],
        0,
      );
      const exception = anyOf(
        statutDuDemandeur(famille, period, "primo_accedant", "locataire_foyer"),
        famille.any(famille.members("handicap", period)),
        famille.any(gt(famille.members("aah", period), 0), "parent"),
        gt(famille("aeeh", period), 0),
      );
      const avant = famille("aide_logement_montant_brut_avant_degressivite", period);
      const apresDegressivite = arrondi(mul(avant, where(exception, 1, coefficient)), 2);
      const minore = maximum(0, sub(apresDegressivite, locatif.minoration_forfaitaire));
      const conventionne = menageDuDemandeur(famille, "logement_conventionne", period);
      const seuil = where(conventionne, locatif.seuils_minimum_versement.apl ?? 0, locatif.seuils_minimum_versement.non_apl ?? 0);
      return where(le(seuil, minore), minore);
    },
  },
});
