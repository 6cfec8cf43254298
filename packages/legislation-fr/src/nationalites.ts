// Country lists used by residence conditions (ISO 3166-1 alpha-2 codes).

/** Member states of the European Economic Area (EU + Iceland, Liechtenstein, Norway). */
export const EEE = new Set(
  "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK".split(" "),
);

/** Switzerland is assimilated to the EEA for the RSA and the prime d'activité (accord du 21 juin 1999). */
export const ASSIMILES_EEE = new Set(["CH"]);
