import { allOf, anyOf, eq, gt, lt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { sommeDansLeGroupe } from "../../src/aides-logement.ts";
import { TypesActivite } from "../common/activite.ts";

/** OpenFisca-France's TypesConges: non_renseigne, conge_parental, … (the catalogue's enum). */
const CONGE_PARENTAL = 1;

export const aide_logement_condition_neutralisation = defineVariable({
  name: "aide_logement_condition_neutralisation",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Neutralisation des revenus d'activité et de chômage d'un parent pour les aides au logement",
  // A parent's activity income and unemployment benefits are not counted when a parent of the
  // famille has been unemployed for more than two months without benefits (or with the ASS),
  // when the person is on parental leave, or when the famille received the RSA the month before
  // (CCH art. R822-15 and R822-17).
  reference: cch("R822-15", "R822-17"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const parent = individu.hasRole("famille", "parent");
      const chomage = individu("chomage_imposable", period);
      const chomeur = TypesActivite.is(individu("activite", period), "chomeur");
      const nonIndemnise = allOf(
        anyOf(allOf(chomeur, eq(chomage, 0)), allOf(gt(chomage, 0), gt(individu("ass", period), 0))),
        lt(individu("date_debut_chomage", period), period.firstMonth.offset(-2).start.days),
      );
      const chomageNonIndemnise = gt(sommeDansLeGroupe(individu, "famille", nonIndemnise, parent), 0);
      const congeParental = eq(individu("type_conges", period), CONGE_PARENTAL);
      const rsa = gt(individu.group("famille", "rsa", period.lastMonth), 0);
      return allOf(anyOf(chomageNonIndemnise, congeParental, rsa), parent);
    },
  },
});
