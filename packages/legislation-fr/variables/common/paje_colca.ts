import { allOf, ge, gt, lt, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { ageEnMoisDuPlusJeune } from "../../src/paje-plafonds.ts";

export const paje_colca = defineVariable({
  name: "paje_colca",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  end: "2017-04-01",
  label: "Complément optionnel de libre choix d'activité de la prestation d'accueil du jeune enfant",
  // Chosen instead of the CLCA by a parent of three children or more who stops working, for a
  // shorter time (until the youngest's first birthday) at a higher rate, a share of the BMAF
  // that depends on whether the famille receives the allocation de base (CSS art. L531-4, VI,
  // and D531-4-1). Ends in April 2017 with the CLCA, as in OpenFisca-France.
  reference: css("L531-4", "D531-4-1"),
  formulas: {
    "2004-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const colca = pf.petite_enfance.paje.paje_clca.colca;
      const choix = allOf(famille("opt_colca", period), famille("inactif", period), ge(famille("af_nbenf", period), 3));
      if (!choix.some((v) => v !== 0)) return 0;
      const mois = ageEnMoisDuPlusJeune(famille, period);
      const eligible = allOf(choix, ge(mois, 0), lt(mois, 12 * colca.age));
      const taux = where(gt(famille("paje_base", period), 0), colca.taux_plein_duree_arret_predeterminee, colca.sansab);
      return where(eligible, mul(pf.bmaf.bmaf, taux));
    },
  },
});
