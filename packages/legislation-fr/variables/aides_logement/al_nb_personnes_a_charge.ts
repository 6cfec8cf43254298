import { add, allOf, anyOf, between, ge, gt, le, minimum, not, sumMembers, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";

export const al_nb_personnes_a_charge = defineVariable({
  name: "al_nb_personnes_a_charge",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre de personnes à charge au sens des aides au logement",
  // The children of the famille under 21 who are not financially autonomous, and its adult
  // members other than the parents whose disability is above 80 % or who cannot work, with
  // resources of year N-2 within 125 % of the ASPA ceiling of a person alone (CCH art. L823-1 and
  // R823-4 s.); overseas, at most six until 2022. Not modelled: the ascendants.
  reference: cch("L823-1", "R823-4"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales.prestations_generales;
      const ageMax: number = pf.cf.cf_cm.age_max;
      const ageMin: number = pf.af.af_cm.age1;
      const enfant = famille.memberHasRole("enfant");
      const age = famille.members("age", period);
      const enfants = sumMembers(
        famille,
        allOf(between(age, ageMin, ageMax), not(famille.members("autonomie_financiere", period))),
        enfant,
      );
      const aspa = parameters(period.thisYear.offset(-2, "year").stop);
      const plafond = 1.25 * aspa.prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.plafond_ressources.personnes_seules;
      const handicape = allOf(
        anyOf(gt(famille.members("taux_incapacite", period), 0.8), famille.members("inapte_travail", period)),
        ge(age, ageMax),
        le(famille.members("prestations_familiales_base_ressources_individu", period), plafond),
      );
      const pac = add(enfants, sumMembers(famille, handicape, enfant));
      if (period.start.year >= 2023) return pac;
      return where(menageDuDemandeur(famille, "residence_dom", period), minimum(pac, 6), pac);
    },
  },
});
