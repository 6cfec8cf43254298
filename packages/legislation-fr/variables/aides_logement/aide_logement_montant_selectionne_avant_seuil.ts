import { add, anyOf, gt, maximum, select, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur, statutDuDemandeur } from "../../src/aides-logement.ts";
import { toutNul } from "../../src/formula-helpers.ts";

export const aide_logement_montant_selectionne_avant_seuil = defineVariable({
  name: "aide_logement_montant_selectionne_avant_seuil",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement selon le barème du logement, avant le seuil de versement",
  // A tenant's aide is L + C − Pp (CCH art. D823-16), none without a rent to help with; an eligible accédant's, a resident's of a
  // logement-foyer or of a CROUS residence, K × (L + C − L0) (aides_logement_accedant_et_foyer;
  // the redevance or the mensualité within its plafond, CCH art. L823-1).
  reference: cch("L823-1", "D823-16"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const locataire = statutDuDemandeur(famille, period, "locataire_hlm", "locataire_vide", "locataire_meuble");
      const accedantOuFoyer = anyOf(
        menageDuDemandeur(famille, "aides_logement_primo_accedant_eligibilite", period),
        statutDuDemandeur(famille, period, "locataire_foyer"),
        menageDuDemandeur(famille, "logement_crous", period),
      );
      const loyer = famille("aide_logement_loyer_retenu", period);
      const depense = add(loyer, famille("aide_logement_charges", period));
      const montantLocataire = maximum(0, sub(depense, famille("aide_logement_participation_personnelle", period)));
      // Nobody accédant nor in a foyer: their barème is not read.
      const montantAccedantOuFoyer = toutNul(accedantOuFoyer) ? 0 : famille("aides_logement_accedant_et_foyer", period);
      return select(
        [
          [locataire, where(gt(loyer, 0), montantLocataire)],
          [accedantOuFoyer, montantAccedantOuFoyer],
        ],
        0,
      );
    },
  },
});
