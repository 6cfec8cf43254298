import { add, allOf, anyOf, gt, le } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { parNationalite } from "../../src/nationalites.ts";

/** Outside the EEA, residents of Andorra, Switzerland, Monaco and San Marino may have Visale (convention of 16 January 2018, 7.4.1). */
const PAYS_HORS_EEE_ELIGIBLES = new Set(["AD", "CH", "MC", "SM"]);

export const visale_eligibilite = defineVariable({
  name: "visale_eligibilite",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Éligibilité à la garantie Visale",
  // Since 19 June 2018: the reference person is of age (or emancipated) and 30 at most, a national
  // of the EEA, Andorra, Switzerland, Monaco or San Marino, or a student; the rent and charges do not
  // exceed the maximum guaranteed; the dwelling is entered after the request (Action Logement).
  reference: [
    ...cch("L313-3"),
    "Décret n° 2016-1769 du 19 décembre 2016 (garantie Visale), article 1",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000033652118",
    "Visale, conditions pour les locataires",
    "https://www.visale.fr/vos-questions/faq-locataires/locataire-de-30-ans-ou-moins-suis-je-eligible/",
  ],
  formulas: {
    "2018-06-19": ({ menage, period, parameters }) => {
      const ageMax = parameters(period).prestations_sociales.aides_logement.action_logement.visale.eligibilite.age_max;
      const reference = <T extends ArrayLike<number>>(v: T) => menage.valueFromPerson(v, "personne_de_reference");
      const age = reference(menage.members("age", period));
      const conditionAge = allOf(reference(menage.members("majeur", period)), le(age, ageMax));
      const nationalites = menage.persons.strings("nationalite", period);
      const paysEligible = parNationalite(nationalites, (code) => (PAYS_HORS_EEE_ELIGIBLES.has(code) ? 1 : 0));
      const conditionNationalite = anyOf(
        reference(menage.members("ressortissant_eee", period)),
        reference(paysEligible),
        reference(menage.members("etudiant", period)),
      );
      const loyerEtCharges = add(menage("loyer", period), menage("charges_locatives", period));
      const conditionLoyer = le(loyerEtCharges, menage("visale_montant_max", period));
      const entreeApres = gt(menage("date_entree_logement", period), period.start.days);
      return allOf(conditionAge, conditionNationalite, conditionLoyer, entreeApres);
    },
  },
});
