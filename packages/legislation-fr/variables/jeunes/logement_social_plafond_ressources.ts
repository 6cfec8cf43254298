import { add, eq, maximum, mul, pickByKey, select, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { CategorieMenageLogementSocial } from "./logement_social_categorie_menage.ts";
import { ZoneLogementSocial } from "./zone_logement_social.ts";

export const logement_social_plafond_ressources = defineVariable({
  name: "logement_social_plafond_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Plafond de ressources du logement social (PLAI)",
  // The ceiling of the household's category in its zone, raised for each person à charge beyond four
  // (arrêté du 29 juillet 1987 modifié, annexe).
  reference: [
    ...cch("L441-1", "R441-1"),
    "Arrêté du 29 juillet 1987 relatif aux plafonds de ressources des bénéficiaires de la législation sur les habitations à loyer modéré",
    "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000000294318",
  ],
  formulas: {
    "2017-01-01": ({ famille, period, parameters }) => {
      const plafonds = parameters(period).prestations_sociales.aides_logement.logement_social.plai.plafond_ressources;
      const categorie = famille("logement_social_categorie_menage", period);
      const zone = famille.valueFromPerson(famille.persons.group("menage", "zone_logement_social", period), "demandeur");
      const parCategorie = ([1, 2, 3, 4, 5, 6] as const).map(
        (k) =>
          [
            eq(categorie, CategorieMenageLogementSocial.index(`categorie_${k}`)),
            pickByKey(plafonds.par_categorie_de_menage[`categorie_${k}`], zone, ZoneLogementSocial),
          ] as const,
      );
      const aChargeAuDela = maximum(0, sub(famille("al_nb_personnes_a_charge", period), 4));
      return add(select(parCategorie), mul(aChargeAuDela, pickByKey(plafonds.par_personne_supplementaire, zone, ZoneLogementSocial)));
    },
  },
});
