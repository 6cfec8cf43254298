import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesRegimeSecuriteSociale = defineEnum("TypesRegimeSecuriteSociale", {
  regime_general: "Régime général",
  regime_agricole: "Régime agricole",
  regime_retraite_fonctionnaires_civils_militaires_etat: "Régime de retraite des fonctionnaires civils et militaires de l’État",
  regime_special_fonctionnaires_territoriaux_hospitaliers: "Régime spécial des fonctionnaires territoriaux et hospitaliers",
  fond_special_pensions_ouvriers_etablissements_industriels_etat:
    "Le Fonds spécial des pensions des ouvriers des établissements industriels de l’État (FSPOEIE)",
  regime_special_agents_sncf: "Régime spécial des agents de la SNCF",
  regime_special_agents_ratp: "Régime spécial des agents de la RATP",
  regime_special_industries_electriques_gazieres: "Régime spécial des industries électriques et gazières (CNIEG)",
  autres_regimes: "Autres régimes",
  aucun: "Aucun",
});

export const regime_securite_sociale = defineVariable({
  name: "regime_securite_sociale",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesRegimeSecuriteSociale,
  setInputPolicy: "dispatchByPeriod",
  // Not said: no regime (as OpenFisca). A rule of the agricultural regime (MSA) applies only to
  // `regime_agricole` said so; for an employee, the employer's sector (`secteur_activite_employeur`)
  // can say it too.
  default: "aucun",
  label: "Régime de sécurité sociale du salarié",
  reference: css("L200-1"),
});
