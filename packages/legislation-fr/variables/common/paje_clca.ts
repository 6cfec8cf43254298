import { allOf, anyOf, eq, ge, gt, lt, mul, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { ageEnMoisDuPlusJeune } from "../../src/paje-plafonds.ts";

export const paje_clca = defineVariable({
  name: "paje_clca",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  end: "2017-04-01",
  label: "Complément de libre choix d'activité de la prestation d'accueil du jeune enfant",
  // For a parent who stops working (taux plein) or works at most half time, or between half
  // time and 80 %: with one child, for six months from the birth; with two children or more,
  // until the month before the youngest's third birthday (CSS art. L531-4, D531-4, D531-4-1).
  // Its rate, a share of the BMAF, is higher for a famille without the allocation de base
  // (children born before April 2014; the rates are the same since). Not paid with the
  // complément optionnel (COLCA), chosen instead. Replaced by the PreParE (input), the CLCA
  // ends in April 2017 as in OpenFisca-France.
  reference: css("L531-4", "D531-4", "D531-4-1"),
  formulas: {
    "2004-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const paje = pf.petite_enfance.paje;
      const clca = paje.paje_clca;
      const inactif = famille("inactif", period);
      const partiel1 = famille("partiel1", period);
      const partiel2 = famille("partiel2", period);
      if (!anyOf(inactif, partiel1, partiel2).some((v) => v !== 0)) return 0;
      const nbEnfants = famille("af_nbenf", period);
      const mois = ageEnMoisDuPlusJeune(famille, period);
      const ageLimite: number = paje.paje_cm.age_limite_enfant_adopte_non;
      const unEnfant = allOf(eq(nbEnfants, 1), ge(mois, 0), lt(mois, clca.duree1));
      const plusieurs = allOf(ge(nbEnfants, 2), lt(mois, 12 * ageLimite));
      const avecAllocationDeBase = gt(famille("paje_base", period), 0);
      const taux = (bareme: { taux_plein: number; taux_partiel_50: number; taux_partiel_50_80: number }) =>
        where(inactif, bareme.taux_plein, where(partiel1, bareme.taux_partiel_50, where(partiel2, bareme.taux_partiel_50_80)));
      const montant = mul(
        pf.bmaf.bmaf,
        where(
          avecAllocationDeBase,
          taux(clca.beneficiaires_enfant_ne_adopte_apres_04_2014),
          taux(clca.non_beneficiaires_enfant_ne_adopte_avant_04_2014),
        ),
      );
      const colca = famille("paje_colca", period);
      return where(allOf(anyOf(unEnfant, plusieurs), not(gt(colca, 0))), montant);
    },
  },
});
