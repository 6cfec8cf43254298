import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { add } from "@zero/engine";
import { sumOf } from "../../src/formula-helpers.ts";

/** A person's monthly incomes counted by Visale, those of the month before the request. */
const RESSOURCES_MENSUELLES = [
  "salaire_net",
  // Recurring bonuses are counted; this one is gross, as in OpenFisca-France.
  "primes_salaires_non_exonerees",
  "prime_forfaitaire_mensuelle_reprise_activite",
  "revenus_stage_formation_pro",
  "remuneration_apprenti",
  "garantie_jeunes",
  "bourse_enseignement_sup",
  "bourse_recherche",
  "rpns_auto_entrepreneur_benefice",
  "chomage_net",
  "indemnites_chomage_partiel",
  "ass",
  "retraite_nette",
  "pensions_alimentaires_percues",
  "pensions_invalidite",
  "pch",
  "asi",
  "apa_domicile",
  "indemnites_journalieres",
  "rente_accident_travail",
] as const;

export const visale_base_ressources_individuelle = defineVariable({
  name: "visale_base_ressources_individuelle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenus d'une personne comptés pour la garantie Visale",
  // The incomes of the month before the request (pay, unemployment and social benefits, pensions,
  // grants), and a twelfth of last year's net self-employed income (Action Logement's list of resources).
  reference: [
    ...cch("L313-3"),
    "Décret n° 2016-1769 du 19 décembre 2016 (garantie Visale), article 1",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000033652118",
    "Visale, conditions pour les locataires",
    "https://www.visale.fr/vos-questions/faq-locataires/locataire-de-30-ans-ou-moins-suis-je-eligible/",
  ],
  formulas: {
    "2016-01-01": ({ individu, period }) =>
      add(
        sumOf(individu, RESSOURCES_MENSUELLES, period.lastMonth),
        individu("revenus_non_salarie_nets", period.lastYear.firstMonth, "divide"),
      ),
  },
});
