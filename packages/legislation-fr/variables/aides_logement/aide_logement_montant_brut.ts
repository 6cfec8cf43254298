import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, estHlm, estMeuble, menageDuDemandeur, parZone } from "../../src/aides-logement.ts";

export const aide_logement_montant_brut = defineVariable({
  name: "aide_logement_montant_brut",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Aide au logement d'un locataire, avant CRDS",
  // Reduced in proportion when the real rent goes beyond the dégressivité threshold and
  // nil beyond the suppression one (multiples of the loyer plafond by zone, since July
  // 2016; not for furnished rentals, nor when the demandeur or the conjoint receives the
  // AAH), less the forfaitaire minoration (5 € since October 2017), and not paid under
  // the minimum (CCH art. D823-16; arrêté du 27 septembre 2019, art. 10 to 12). The same
  // exemption for the AEEH is not modelled (no AEEH in this model).
  reference: cch("D823-16"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const locatif = allocationsLogement(parameters(period)).locatif;
      const coefs = locatif.coefficients_degressivite_suppression;
      const zonesCoefs = coefs ? parZone(coefs) : undefined;
      const minoration: number = locatif.minoration_forfaitaire ?? 0;
      const seuilApl: number = locatif.seuils_minimum_versement.apl ?? 0;
      const seuilAl: number = locatif.seuils_minimum_versement.non_apl ?? 0;
      const avant = famille("aide_logement_montant_brut_avant_degressivite", period);
      const reel = famille("aide_logement_loyer_reel", period);
      const plafond = famille("aide_logement_loyer_plafond", period);
      const zone = menageDuDemandeur(famille, "zone_apl", period);
      const conventionne = menageDuDemandeur(famille, "logement_conventionne", period);
      const statut = menageDuDemandeur(famille, "statut_occupation_logement", period);
      const aah = famille.sum(famille.members("aah", period), "parent");
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        let aide = avant[i]!;
        if (aide <= 0) continue;
        if (zonesCoefs && !estMeuble(statut[i]!) && !(aah[i]! > 0)) {
          const c = zonesCoefs[zone[i]!]!;
          const debut = plafond[i]! * c.degressivite;
          const fin = plafond[i]! * c.suppression;
          if (reel[i]! >= fin) aide = 0;
          else if (reel[i]! > debut) aide *= 1 - (reel[i]! - debut) / (fin - debut);
        }
        aide = Math.max(0, aide - minoration);
        const seuil = conventionne[i] || estHlm(statut[i]!) ? seuilApl : seuilAl;
        out[i] = aide < seuil ? 0 : aide;
      }
      return out;
    },
  },
});
