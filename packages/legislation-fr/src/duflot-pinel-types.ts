// The shape of the tables of the boxes of the Duflot, Pinel and Denormandie réductions, by formula year, as the declarations number them
// (facts taken from OpenFisca-France's tables): the investments in their order of imputation on the common
// ceiling, the réductions carried over by year of investment and the extensions (prorogations).

export type Zone = "metropole" | "outremer";
/** [box, years of rental commitment, zone, rate since 2023 ("taux_plein": the full rate of efficient dwellings or priority districts)]. */
export type Investissement = readonly [string, 6 | 9, Zone, ("taux_plein" | "taux_reduit")?];
/** [box, extension (1 or 2: the first or second three years after six; 3: the three years after nine), zone]. */
export type Prorogation = readonly [string, 1 | 2 | 3, Zone];

export interface TablesPinel {
  /** By year of investment (each year on its own ceiling until 2018; one list since 2019). */
  readonly investissements: Readonly<Record<number, readonly Investissement[]>>;
  readonly reports: Readonly<Record<Zone, Readonly<Record<number, readonly string[]>>>>;
  readonly prorogations: Readonly<Record<number, readonly Prorogation[]>>;
}
