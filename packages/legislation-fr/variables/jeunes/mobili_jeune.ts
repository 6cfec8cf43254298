import { add, allOf, eq, ge, minimum, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { TypesSecteurActiviteEmployeur } from "../common/secteur_activite_employeur.ts";

export const mobili_jeune = defineVariable({
  name: "mobili_jeune",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide Mobili-Jeune d'Action Logement",
  // The rent and charges left to pay after the aides au logement, within a monthly maximum (higher in
  // the agricultural sector since June 2022), when at least 10 € are left (Action Logement, CCH art. L313-3).
  // The eligibility (`mobili_jeune_eligibilite`) is read as given: it compares the pay to the prorated
  // SMIC (`smic_proratise`), which Zéro does not compute yet.
  reference: [...cch("L313-3"), "Action Logement, l'aide Mobili-Jeune", "https://www.actionlogement.fr/l-aide-mobili-jeune"],
  formulas: {
    "2012-07-01": ({ individu, period, parameters }) => {
      const montant = parameters(period).prestations_sociales.education.mobilite.mobili_jeune.montant;
      const resteACharge = sub(
        add(individu.group("menage", "loyer", period), individu.group("menage", "charges_locatives", period)),
        individu.group("famille", "aide_logement", period),
      );
      return where(
        allOf(ge(resteACharge, montant.minimum), individu("mobili_jeune_eligibilite", period)),
        minimum(resteACharge, montant.maximum.autres_secteurs),
      );
    },
    "2022-06-01": ({ individu, period, parameters }) => {
      const montant = parameters(period).prestations_sociales.education.mobilite.mobili_jeune.montant;
      const resteACharge = sub(
        add(individu.group("menage", "loyer", period), individu.group("menage", "charges_locatives", period)),
        individu.group("famille", "aide_logement", period),
      );
      const agricole = eq(individu("secteur_activite_employeur", period), TypesSecteurActiviteEmployeur.index("agricole"));
      const maximum = where(agricole, montant.maximum.secteur_agricole, montant.maximum.autres_secteurs);
      return where(allOf(ge(resteACharge, montant.minimum), individu("mobili_jeune_eligibilite", period)), minimum(resteACharge, maximum));
    },
  },
});
