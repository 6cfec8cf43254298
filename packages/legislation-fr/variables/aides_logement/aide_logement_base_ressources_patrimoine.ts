import { add, allOf, gt, mul, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, statutDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_base_ressources_patrimoine = defineVariable({
  name: "aide_logement_base_ressources_patrimoine",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenus forfaitaires du patrimoine retenus pour les aides au logement (annuels)",
  // Since October 2016, when the famille's patrimoine exceeds 30 000 €, its savings yielding no
  // taxable income count for 3 % of their amount, its unlet buildings for 50 % and its unlet land
  // for 80 % of their rental value (the RSA's rates) (CCH art. R822-4 ; décret n° 2016-1385 du
  // 12 octobre 2016). Not for residents of logements-foyers nor for a famille receiving the AAH
  // or the AEEH.
  reference: [
    ...cch("R822-4"),
    "Décret n° 2016-1385 du 12 octobre 2016",
    "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000033243725",
  ],
  formulas: {
    "2016-10-01": ({ famille, period, parameters }) => {
      const p = parameters(period);
      const abattements = p.prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond.patrimoine;
      const seuil: number = allocationsLogement(p).ressources.patrimoine.seuil_valorisation;
      const total = (name: string): Float64Array => famille.sum(famille.members(name, period));
      const capitauxNonProductifs = add(total("livret_a"), total("epargne_revenus_non_imposables"));
      const foncier = add(total("valeur_patrimoine_loue"), total("valeur_immo_non_loue"), total("valeur_terrains_non_loues"));
      const patrimoine = add(total("epargne_revenus_imposables"), capitauxNonProductifs, foncier);
      const auDelaDuSeuil = gt(patrimoine, seuil);
      // Nobody's patrimoine beyond the threshold: nothing counted (the AAH and the AEEH are not read).
      if (toutNul(auDelaDuSeuil)) return 0;
      const revenus = add(
        mul(capitauxNonProductifs, abattements.taux_interet_forfaitaire_epargne_non_imposable),
        mul(total("valeur_locative_immo_non_loue"), abattements.abattement_valeur_locative_immo_non_loue),
        mul(total("valeur_locative_terrains_non_loues"), abattements.abattement_valeur_locative_terrains_non_loues),
      );
      const retenu = allOf(
        not(statutDuDemandeur(famille, period, "locataire_foyer")),
        not(famille.any(gt(famille.members("aah", period), 0))),
        not(gt(famille("aeeh", period), 0)),
        auDelaDuSeuil,
      );
      return where(retenu, revenus);
    },
  },
});
