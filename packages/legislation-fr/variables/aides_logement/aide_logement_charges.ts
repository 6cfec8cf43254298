import { add, minimum, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_charges = defineVariable({
  name: "aide_logement_charges",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Forfait de charges des aides au logement (C)",
  // A forfait, raised for each dependant; its own amounts in colocation and overseas, where it
  // counted at most six dependants until June 2022 (December 2022 in colocation) (CCH art.
  // D823-16, arrêté du 27 septembre 2019, art. 8 and 16).
  reference: cch("D823-16"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const c = allocationsLogement(parameters(period)).locatif.formule.c_forfait_charges;
      const couple = famille("al_couple", period);
      const coloc = menageDuDemandeur(famille, "coloc", period);
      const dom = menageDuDemandeur(famille, "residence_dom", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const general = add(c.cas_general.cas_general, mul(pac, c.cas_general.majoration_par_enfant));
      const cc = c.cas_colocataires;
      const colocation = add(where(couple, cc.couple_sans_enfant, cc.beneficiaire_isole), mul(pac, cc.majoration_par_enfant));
      const pacDom = period.start.key < 20220701 ? minimum(pac, 6) : pac;
      const pacDomColoc = period.start.key < 20230101 ? minimum(pac, 6) : pac;
      const outreMer = add(c.dom.cas_general, mul(pacDom, c.dom.majoration_par_enfant));
      const dc = c.dom_colocataires;
      const outreMerColocation = add(
        where(couple, dc.couple_sans_enfant, dc.beneficiaire_isole),
        mul(pacDomColoc, dc.majoration_par_enfant),
      );
      return where(dom, where(coloc, outreMerColocation, outreMer), where(coloc, colocation, general));
    },
  },
});
