import { allOf, anyOf, eq, ge, gt, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";
import { TypesStatutMarital } from "../common/statut_marital.ts";

export const bourse_criteres_sociaux_etudiant_autonome = defineVariable({
  name: "bourse_criteres_sociaux_etudiant_autonome",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "L'étudiant est jugé sur ses propres ressources (bourse sur critères sociaux)",
  // Married or pacsé with resources of at least 90 % of the SMIC net; a parent who makes their own
  // tax return; an orphan (circulaire du 8 juin 2020, annexe 3, 1.2.2). The SMIC net is the gross
  // one times 8.11 / 10.25, as OpenFisca-France approximates it.
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const smic = p.marche_travail.salaire_minimum.smic;
      const smicNetMensuel = (smic.smic_b_horaire * smic.nb_heures_travail_mensuel * 8.11) / 10.25;
      const seuil =
        p.prestations_sociales.education.bourses.enseignement_superieur.criteres_sociaux.seuil_ressources_etudiant_autonome *
        smicNetMensuel;
      const statut = individu("statut_marital", period);
      const enCouple = anyOf(eq(statut, TypesStatutMarital.index("marie")), eq(statut, TypesStatutMarital.index("pacse")));
      const coupleAutonome = allOf(enCouple, ge(individu("bourse_criteres_sociaux_etudiant_autonome_ressource_mensuelle", period), seuil));
      const parentAutonome = allOf(
        individu.hasRole("famille", "parent"),
        not(individu("enfant_a_charge", period.thisYear)),
        gt(individu.group("famille", "bourse_criteres_sociaux_nombre_enfants_parent_etudiant", period), 0),
      );
      return anyOf(coupleAutonome, parentAutonome, individu("orphelin", period));
    },
  },
});
