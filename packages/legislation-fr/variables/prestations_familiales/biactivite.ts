import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const biactivite = defineVariable({
  name: "biactivite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Couple dont chaque membre a un revenu professionnel (plafonds des prestations familiales)",
  // Each member of the couple earned, in the reference year (N-2), at least 12 BMAF, then
  // (from November 2011) 13.6 % of the annual plafond de la sécurité sociale (CSS art.
  // R522-2 and R532-1).
  reference: css("R522-2", "R531-1", "R532-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const anneeReference = period.thisYear.offset(-2);
      const regle =
        parameters(period).prestations_sociales.prestations_familiales.def_biactif.revenu_professionnel_plancher_couples_biactifs;
      const pRef = parameters(anneeReference.start);
      const enPss: number | undefined = regle.en_pourcentage_pss;
      const pssMensuel: number | undefined = pRef.prelevements_sociaux.pss.plafond_securite_sociale_mensuel;
      const bmaf: number = pRef.prestations_sociales.prestations_familiales.bmaf.bmaf;
      const plancher = enPss !== undefined && pssMensuel !== undefined ? enPss * 12 * pssMensuel : (regle.en_nombre_fois_bmaf ?? 12) * bmaf;
      const revenus = famille.members("prestations_familiales_base_ressources_individu", period);
      const actif = new Uint8Array(revenus.length);
      for (let i = 0; i < actif.length; i++) actif[i] = revenus[i]! >= plancher ? 1 : 0;
      const nbActifs = famille.sum(actif, "parent");
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = nbActifs[i]! >= 2 ? 1 : 0;
      return out;
    },
  },
});
