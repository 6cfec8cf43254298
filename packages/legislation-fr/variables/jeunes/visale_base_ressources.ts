import { add, mul, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

/** The famille's benefits of the month before, counted whole. */
const PRESTATIONS_FAMILLE = ["aeeh", "af", "asf", "aspa", "cf", "ppa", "rsa"] as const;
/** The aides au logement of the dwelling asked for, counted in part. */
const AIDES_LOGEMENT = ["alf", "als", "apl"] as const;

/** A famille variable summed over the ménage's members who are the demandeur of their famille. */
function parDemandeur(menage: Population, variables: readonly string[], period: Period): Float64Array {
  const individus = menage.persons;
  const demandeur = individus.hasRole("famille", "demandeur");
  let total: Float64Array = new Float64Array(menage.count);
  for (const name of variables) total = add(total, menage.sum(where(demandeur, individus.group("famille", name, period))));
  return total;
}

export const visale_base_ressources = defineVariable({
  name: "visale_base_ressources",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenus du ménage comptés pour la garantie Visale",
  // The members' incomes, the foyer fiscal's life annuities and the famille's benefits of the month
  // before, and 67 % of the aides au logement of the dwelling (Action Logement's list of resources).
  reference: [
    ...cch("L313-3"),
    "Décret n° 2016-1769 du 19 décembre 2016 (garantie Visale), article 1",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000033652118",
    "Visale, conditions pour les locataires",
    "https://www.visale.fr/vos-questions/faq-locataires/locataire-de-30-ans-ou-moins-suis-je-eligible/",
  ],
  formulas: {
    "2016-01-01": ({ menage, period, parameters }) => {
      const quotePart = parameters(period).prestations_sociales.aides_logement.action_logement.visale.quote_part_aides_logement;
      const individus = menage.persons;
      const declarantPrincipal = individus.hasRole("foyer_fiscal", "declarant_principal");
      const rentes = menage.sum(
        where(declarantPrincipal, individus.group("foyer_fiscal", "rente_viagere_titre_onereux", period.lastMonth)),
      );
      return add(
        menage.sum(menage.members("visale_base_ressources_individuelle", period)),
        rentes,
        parDemandeur(menage, PRESTATIONS_FAMILLE, period.lastMonth),
        mul(parDemandeur(menage, AIDES_LOGEMENT, period), quotePart),
      );
    },
  },
});
