import { select, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aides_logement_foyer_plafond_mensualite = defineVariable({
  name: "aides_logement_foyer_plafond_mensualite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Équivalence de loyer plafond en logement-foyer",
  // For the allocation de logement: a person aged 62 or more, a student in a room not
  // rehabilitated, or else a rehabilitated one, alone or in couple; in a conventionné foyer, the
  // APL's plafond by zone (CCH art. L823-1 ; arrêté du 27 septembre 2019). Since October 2017
  // (earlier amounts not in the parameters).
  reference: [
    ...cch("L823-1"),
    "Arrêté du 28 septembre 2017, art. 11",
    "https://www.legifrance.gouv.fr/eli/arrete/2017/9/28/TERL1725443A/jo/article_11",
  ],
  formulas: {
    "2017-10-01": ({ famille, period, parameters }) => {
      const plafonds = allocationsLogement(parameters(period)).foyer.al.formule.l_plafonds_loyers;
      const couple = famille("al_couple", period);
      const selonCouple = (p: { readonly couple: number; readonly personne_isolee: number }): Float64Array =>
        where(couple, p.couple, p.personne_isolee);
      return select(
        [
          [famille("aides_logement_foyer_personne_agee_eligibilite", period), selonCouple(plafonds.personnes_agees)],
          [famille("aides_logement_foyer_chambre_non_rehabilite_eligibilite", period), selonCouple(plafonds.etudiants_en_chambre)],
          [menageDuDemandeur(famille, "logement_conventionne", period), famille("aides_logement_foyer_conventionne_plafond", period)],
        ],
        selonCouple(plafonds.etudiants_en_chambre_rehabilitee),
      );
    },
  },
});
