import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

/** In OpenFisca-France's order: a client may send an item's index instead of its name. */
export const TypesCategorieSalarie = defineEnum("TypesCategorieSalarie", {
  prive_non_cadre: "Salarié du privé non cadre",
  prive_cadre: "Salarié du privé cadre",
  public_titulaire_etat: "Fonctionnaire de l'État",
  public_titulaire_militaire: "Militaire",
  public_titulaire_territoriale: "Fonctionnaire territorial",
  public_titulaire_hospitaliere: "Fonctionnaire hospitalier",
  public_non_titulaire: "Agent public non titulaire",
  non_pertinent: "Non pertinent",
});

export const categorie_salarie = defineVariable({
  name: "categorie_salarie",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesCategorieSalarie,
  setInputPolicy: "dispatchByPeriod",
  default: "prive_non_cadre",
  label: "Catégorie de salarié",
  reference: css("L241-1"),
});
