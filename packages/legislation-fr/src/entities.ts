import { defineEntities } from "@zero/engine";

/**
 * The four OpenFisca-France entities: the person, the famille (CAF household, which
 * receives RSA, prime d'activité and prestations familiales), the foyer fiscal (income
 * tax) and the ménage (dwelling).
 */
export const entities = defineEntities({
  person: { key: "individu", plural: "individus", label: "Individu" },
  groups: [
    {
      key: "famille",
      plural: "familles",
      label: "Famille",
      roles: [
        { key: "parent", plural: "parents", max: 2, subroles: ["demandeur", "conjoint"] },
        { key: "enfant", plural: "enfants" },
      ],
    },
    {
      key: "foyer_fiscal",
      plural: "foyers_fiscaux",
      label: "Foyer fiscal",
      roles: [
        { key: "declarant", plural: "declarants", max: 2, subroles: ["declarant_principal", "conjoint"] },
        { key: "personne_a_charge", plural: "personnes_a_charge" },
      ],
    },
    {
      key: "menage",
      plural: "menages",
      label: "Ménage",
      roles: [
        { key: "personne_de_reference", max: 1 },
        { key: "conjoint", max: 1 },
        { key: "enfant", plural: "enfants" },
        { key: "autre", plural: "autres" },
      ],
    },
  ],
});
