import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

/**
 * The operation financed by the accédant's loan, with OpenFisca-France's items in its order
 * (its first item, `order__`, is a leftover of its Python 2 ordering: kept so indices match).
 */
export const TypeEtatLogement = defineEnum("TypeEtatLogement", {
  order__:
    " non_renseigne construction_acquisition_logement_neuf travaux_amelioration_residence_principale agrandissement_amenagement acquisition_amelioration acquisition_sans_amelioration_logement_existant amelioration",
  non_renseigne: "Non renseigné",
  construction_acquisition_logement_neuf: "Construction Acquisition d'un logement NEUF",
  acquisition_amelioration: "Acquisition Amélioration",
  acquisition_sans_amelioration_logement_existant: "Acquisition sans amélioration d'un logement existant",
  amelioration: "Amélioration",
  agrandissement_amenagement: "Agrandissement Aménagement",
});

export const etat_logement = defineVariable({
  name: "etat_logement",
  entity: "menage",
  valueType: "enum",
  possibleValues: TypeEtatLogement,
  default: "non_renseigne",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Opération financée par le prêt d'accession (logement neuf ou ancien)",
  // Since 2020 the accession aide is kept only for older dwellings (CCH art. L831-1, loi n°
  // 2017-1837 du 30 décembre 2017, art. 126).
  reference: cch("L831-1"),
});
