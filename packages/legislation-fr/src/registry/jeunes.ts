// The variables of variables/jeunes/ (aides que demandent les simulateurs publics : jeunes, étudiants, logement, culture), listed explicitly.
import type { Variable } from "@zero/engine";
import { bourse_college } from "../../variables/jeunes/bourse_college.ts";
import { bourse_college_echelon } from "../../variables/jeunes/bourse_college_echelon.ts";
import { bourse_lycee } from "../../variables/jeunes/bourse_lycee.ts";
import { bourse_lycee_echelon } from "../../variables/jeunes/bourse_lycee_echelon.ts";
import { bourse_lycee_nombre_parts } from "../../variables/jeunes/bourse_lycee_nombre_parts.ts";
import { bourse_lycee_points_de_charge } from "../../variables/jeunes/bourse_lycee_points_de_charge.ts";
import { boursier } from "../../variables/jeunes/boursier.ts";

export const jeunesVariables: readonly Variable[] = [
  // Bourses du second degré
  bourse_college,
  bourse_college_echelon,
  bourse_lycee,
  bourse_lycee_echelon,
  bourse_lycee_nombre_parts,
  bourse_lycee_points_de_charge,
  boursier,
];
