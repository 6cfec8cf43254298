import { defineEnum, ge, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const TypesStatutMarital = defineEnum("TypesStatutMarital", {
  non_renseigne: "Non renseigné",
  marie: "Marié",
  celibataire: "Célibataire",
  divorce: "Divorcé",
  veuf: "Veuf",
  pacse: "Pacsé",
  jeune_veuf: "Jeune veuf",
});

export const statut_marital = defineVariable({
  name: "statut_marital",
  entity: "individu",
  valueType: "enum",
  possibleValues: TypesStatutMarital,
  default: "celibataire",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Statut marital",
  reference: codeCivil("143", "515-1"),
  formulas: {
    // Not given, two declarants of a foyer fiscal are taken as bound by a PACS (taxed jointly, CGI
    // art. 6, 1), as OpenFisca-France takes them; anyone else as single.
    "0001-01-01": ({ individu, period }) =>
      where(
        ge(individu.group("foyer_fiscal", "nombre_declarants", period), 2),
        TypesStatutMarital.index("pacse"),
        TypesStatutMarital.index("celibataire"),
      ),
  },
});
