import { defineVariable } from "../../src/define-variable.ts";
import { EEE, parNationalite } from "../../src/nationalites.ts";

/** The 27 member states of the European Union since 1 February 2020: the EEA without Iceland, Liechtenstein and Norway. */
const UE = new Set([...EEE].filter((code) => !["IS", "LI", "NO"].includes(code)));
/** Before 1 February 2020, the United Kingdom too (ISO code GB, written UK by OpenFisca-France). */
const UE_AVANT_BREXIT = new Set([...UE, "GB", "UK"]);

export const resident_ue = defineVariable({
  name: "resident_ue",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  default: true,
  label: "Réside dans un État membre de l'Union européenne",
  // Presumed from the nationality, as OpenFisca-France does (the states of the Treaty on European
  // Union, art. 52, whose citizens the CESEDA, art. L200-1, names; the United Kingdom until 31 January 2020); give it when the residence is known otherwise.
  reference: [
    "Code de l'entrée et du séjour des étrangers et du droit d'asile, article L200-1 (citoyens de l'Union européenne)",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158",
    "Traité sur l'Union européenne, article 52",
    "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:12016M052",
  ],
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      parNationalite(individu.strings("nationalite", period), (code) => (UE_AVANT_BREXIT.has(code) ? 1 : 0)),
    "2020-02-01": ({ individu, period }) => parNationalite(individu.strings("nationalite", period), (code) => (UE.has(code) ? 1 : 0)),
  },
});
