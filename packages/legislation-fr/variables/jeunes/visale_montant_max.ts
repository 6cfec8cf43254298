import { div, maximum, minimum, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const visale_montant_max = defineVariable({
  name: "visale_montant_max",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Loyer maximal garanti par Visale",
  // Half the resources, within a ceiling higher in Île-de-France; a student (the reference person)
  // is guaranteed a set rent whatever the resources (Action Logement's conditions of Visale).
  reference: [
    ...cch("L313-3"),
    "Décret n° 2016-1769 du 19 décembre 2016 (garantie Visale), article 1",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000033652118",
    "Visale, conditions pour les locataires",
    "https://www.visale.fr/vos-questions/faq-locataires/locataire-de-30-ans-ou-moins-suis-je-eligible/",
  ],
  formulas: {
    "2016-01-01": ({ menage, period, parameters }) => {
      const plafonds = parameters(period).prestations_sociales.aides_logement.action_logement.visale.plafond_loyer;
      const idf = menage("residence_ile_de_france", period);
      const etudiant = menage.valueFromPerson(menage.members("etudiant", period), "personne_de_reference");
      const minimumEtudiant = where(idf, plafonds.etudiant.ile_de_france, plafonds.etudiant.hors_ile_de_france);
      // No general ceiling before 19 June 2018 (the parameter starts then): half the resources only.
      const enVigueur = (plafond: number): number => (Number.isFinite(plafond) ? plafond : Infinity);
      const plafond = where(idf, enVigueur(plafonds.cas_general.ile_de_france), enVigueur(plafonds.cas_general.hors_ile_de_france));
      const moitieDesRessources = div(menage("visale_base_ressources", period), 2);
      return maximum(mul(etudiant, minimumEtudiant), minimum(moitieDesRessources, plafond));
    },
  },
});
