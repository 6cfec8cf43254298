import { add, maximum, minimum, mul, pickByKey, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import { TypesLieuResidence } from "./residence.ts";

export const livret_epargne_populaire_plafond = defineVariable({
  name: "livret_epargne_populaire_plafond",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Plafond de revenu fiscal de référence du livret d'épargne populaire",
  // The limits of the CGI art. 1417, I of the territory for the parts of N-2 (a first part, a first
  // half-part, each further half-part), times the coefficient of the Code monétaire et financier,
  // art. L221-15, rounded up to the euro.
  reference: [
    "Code monétaire et financier, article L221-15",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072026",
    ...cgi("1417"),
  ],
  formulas: {
    "2014-01-01": ({ individu, period, parameters }) => {
      const lep = parameters(period).taxation_capital.epargne.livret_epargne_populaire;
      const residence = individu.group("menage", "residence", period);
      const champ = (f: "valeur_de_base" | "premiere_demi_part" | "demi_part_supplementaire") =>
        pickByKey(
          Object.fromEntries(TypesLieuResidence.names.map((t) => [t, lep.baremes[t as keyof typeof lep.baremes]?.[f]])),
          residence,
          TypesLieuResidence,
        );
      const parts = individu.group("foyer_fiscal", "nbptr", period.thisYear.offset(-2, "year"));
      const premiereDemiPart = minimum(maximum(0, sub(parts, 1)), 0.5);
      const autresDemiParts = maximum(0, sub(parts, 1.5));
      const plafond = add(
        mul(minimum(1, parts), champ("valeur_de_base")),
        mul(2, add(mul(premiereDemiPart, champ("premiere_demi_part")), mul(autresDemiParts, champ("demi_part_supplementaire")))),
      );
      return mul(lep.coefficient_multiplicateur, plafond).map(Math.ceil);
    },
  },
});
