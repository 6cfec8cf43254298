// A small legislation used by the engine's tests: a few variables and parameters
// shaped like the French ones (RSA-like socle, housing, a yearly tax scale).
import {
  ageInYears,
  createTaxBenefitSystem,
  defineEntities,
  defineEnum,
  defineVariable,
  parameterTreeFromObject,
  type TaxBenefitSystem,
  type Variable,
} from "../src/index.ts";

export const entities = defineEntities({
  person: { key: "individu", plural: "individus" },
  groups: [
    {
      key: "famille",
      plural: "familles",
      roles: [
        { key: "parent", plural: "parents", max: 2, subroles: ["demandeur", "conjoint"] },
        { key: "enfant", plural: "enfants" },
      ],
    },
    {
      key: "foyer_fiscal",
      plural: "foyers_fiscaux",
      roles: [
        { key: "declarant", plural: "declarants", max: 2, subroles: ["declarant_principal", "conjoint"] },
        { key: "personne_a_charge", plural: "personnes_a_charge" },
      ],
    },
    {
      key: "menage",
      plural: "menages",
      roles: [
        { key: "personne_de_reference", max: 1 },
        { key: "conjoint", max: 1 },
        { key: "enfant", plural: "enfants" },
        { key: "autre", plural: "autres" },
      ],
    },
  ],
});

export const parameters = parameterTreeFromObject({
  benefits: {
    description: "Toy benefits",
    socle: {
      description: "Base amount",
      metadata: { unit: "currency", reference: { "2020-01-01": { title: "Décret toy" } } },
      values: { "2020-01-01": { value: 500 }, "2021-01-01": { value: 510 } },
    },
    taux_couple: { values: { "2020-01-01": 0.5 } },
    taux_enfant: { "2020-01-01": 0.3 },
    forfait_logement: { values: { "2020-01-01": { value: 60 }, "2023-01-01": { value: null } } },
    par_statut: { locataire: { "2020-01-01": 10 }, proprietaire: { "2020-01-01": 20 } },
  },
  impot: {
    bareme: {
      brackets: [
        { threshold: { "2020-01-01": 0 }, rate: { "2020-01-01": 0 } },
        { threshold: { "2020-01-01": 10000 }, rate: { "2020-01-01": 0.1 } },
        { threshold: { values: { "2020-01-01": { value: 20000 } } }, rate: { "2020-01-01": 0.3 } },
      ],
    },
  },
});

const ref = "https://www.legifrance.gouv.fr/toy";

export const Statut = defineEnum("Statut", {
  non_renseigne: "Non renseigné",
  locataire: "Locataire",
  proprietaire: "Propriétaire",
});

const v = {
  salaire_net: defineVariable({
    name: "salaire_net",
    entity: "individu",
    valueType: "float",
    definitionPeriod: "month",
    label: "Salaire net",
    reference: ref,
    setInputPolicy: "divideByPeriod",
    calculateOutput: "add",
  }),
  age: defineVariable({
    name: "age",
    entity: "individu",
    valueType: "int",
    definitionPeriod: "month",
    label: "Âge",
    reference: ref,
    setInputPolicy: "dispatchByPeriod",
    formulas: { "1900-01-01": ({ individu, period }) => ageInYears(individu("date_naissance", period), period.start) },
  }),
  date_naissance: defineVariable({
    name: "date_naissance",
    entity: "individu",
    valueType: "date",
    definitionPeriod: "eternity",
    label: "Date de naissance",
    reference: ref,
    default: "1970-01-01",
  }),
  est_parent: defineVariable({
    name: "est_parent",
    entity: "individu",
    valueType: "bool",
    definitionPeriod: "month",
    label: "Parent dans sa famille",
    reference: ref,
    formulas: { "1900-01-01": ({ individu }) => individu.hasRole("famille", "parent") },
  }),
  nb_enfants: defineVariable({
    name: "nb_enfants",
    entity: "famille",
    valueType: "int",
    definitionPeriod: "month",
    label: "Nombre d'enfants",
    reference: ref,
    formulas: { "1900-01-01": ({ famille }) => famille.nbPersons("enfant") },
  }),
  ressources: defineVariable({
    name: "ressources",
    entity: "famille",
    valueType: "float",
    definitionPeriod: "month",
    label: "Ressources moyennes des 3 derniers mois",
    reference: ref,
    formulas: {
      "1900-01-01": ({ famille, period }) => {
        const total = famille.sum(famille.members("salaire_net", period.lastThreeMonths, "add"));
        return total.map((x) => x / 3);
      },
    },
  }),
  socle: defineVariable({
    name: "socle",
    entity: "famille",
    valueType: "float",
    definitionPeriod: "month",
    label: "Montant forfaitaire",
    reference: ref,
    formulas: {
      "2020-01-01": ({ famille, period, parameters }) => {
        const p = parameters(period).benefits;
        const base: number = p.socle;
        const nbParents = famille.nbPersons("parent");
        const nbEnfants = famille("nb_enfants", period);
        const out = new Float64Array(famille.count);
        for (let i = 0; i < out.length; i++) {
          out[i] = base * (1 + (nbParents[i]! > 1 ? p.taux_couple : 0) + p.taux_enfant * nbEnfants[i]!);
        }
        return out;
      },
      // A reform: a flat amount per famille.
      "2022-01-01": () => 1000,
    },
  }),
  aide_logement: defineVariable({
    name: "aide_logement",
    entity: "famille",
    valueType: "float",
    definitionPeriod: "month",
    label: "Aide au logement",
    reference: ref,
    formulas: {
      "1900-01-01": ({ famille, period }) => {
        const rsaBefore = famille("rsa", period.lastMonth);
        return rsaBefore.map((x) => 100 - 0.1 * x);
      },
    },
  }),
  rsa: defineVariable({
    name: "rsa",
    entity: "famille",
    valueType: "float",
    definitionPeriod: "month",
    label: "RSA",
    reference: ref,
    formulas: {
      "1900-01-01": ({ famille, period }) => {
        const socle = famille("socle", period);
        const ressources = famille("ressources", period);
        const aide = famille("aide_logement", period);
        const out = new Float64Array(famille.count);
        for (let i = 0; i < out.length; i++) out[i] = Math.max(0, socle[i]! - ressources[i]! - aide[i]!);
        return out;
      },
    },
  }),
  rsa_individu: defineVariable({
    name: "rsa_individu",
    entity: "individu",
    valueType: "float",
    definitionPeriod: "month",
    label: "RSA de la famille de l'individu",
    reference: ref,
    formulas: { "1900-01-01": ({ individu, period }) => individu.group("famille", "rsa", period) },
  }),
  statut_occupation: defineVariable({
    name: "statut_occupation",
    entity: "menage",
    valueType: "enum",
    possibleValues: Statut,
    default: "non_renseigne",
    definitionPeriod: "month",
    label: "Statut d'occupation",
    reference: ref,
    setInputPolicy: "dispatchByPeriod",
  }),
  forfait_logement: defineVariable({
    name: "forfait_logement",
    entity: "menage",
    valueType: "float",
    definitionPeriod: "month",
    label: "Forfait logement",
    reference: ref,
    formulas: {
      "1900-01-01": ({ menage, period, parameters }) => {
        const forfait: number | undefined = parameters(period).benefits.forfait_logement;
        const locataire = Statut.is(menage("statut_occupation", period), "locataire");
        return locataire.map((x) => (x ? (forfait ?? 0) : 0));
      },
    },
  }),
  impot: defineVariable({
    name: "impot",
    entity: "foyer_fiscal",
    valueType: "float",
    definitionPeriod: "year",
    label: "Impôt",
    reference: ref,
    formulas: {
      "1900-01-01": ({ foyer_fiscal, period, parameters }) => {
        const salaires = foyer_fiscal.sum(foyer_fiscal.members("salaire_net", period, "add"), "declarant");
        return parameters(period).impot.bareme.calc(salaires);
      },
    },
  }),
  cycle_a: defineVariable({
    name: "cycle_a",
    entity: "individu",
    valueType: "float",
    definitionPeriod: "month",
    label: "A",
    reference: ref,
    formulas: { "1900-01-01": ({ individu, period }) => individu("cycle_b", period) },
  }),
  cycle_b: defineVariable({
    name: "cycle_b",
    entity: "individu",
    valueType: "float",
    definitionPeriod: "month",
    label: "B",
    reference: ref,
    formulas: { "1900-01-01": ({ individu, period }) => individu("cycle_a", period) },
  }),
};

export const toyVariables: Record<string, Variable> = v;

export function toySystem(): TaxBenefitSystem {
  return createTaxBenefitSystem({ entities, variables: Object.values(v), parameters });
}
