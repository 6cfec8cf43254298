// The shape of one variable of OpenFisca-France's catalogue, as the generator writes it
// (scripts/generate-catalogue.ts) and the system reads it (openfisca-catalogue.ts).

export interface CatalogueEntry {
  readonly entity: "individu" | "famille" | "foyer_fiscal" | "menage";
  readonly valueType: "float" | "int" | "bool" | "enum" | "date" | "str";
  readonly definitionPeriod: "month" | "year" | "eternity";
  readonly label: string;
  /** OpenFisca-France has a formula for it (else it is an input there). */
  readonly computed: boolean;
  /** Enums: the Python class name and the items in their order (name → label). */
  readonly enum?: string;
  readonly possibleValues?: Readonly<Record<string, string>>;
  /** As a situation writes it (an enum item name, an ISO date); absent: the type's default. */
  readonly default?: number | boolean | string;
  readonly setInputPolicy?: "dispatchByPeriod" | "divideByPeriod";
  readonly end?: string;
  readonly unit?: string;
  readonly reference?: readonly string[];
  /** The Python module that declares it in OpenFisca-France. */
  readonly source?: string;
}

export interface CatalogueFile {
  readonly comment: string;
  readonly source: string;
  readonly variables: Readonly<Record<string, CatalogueEntry>>;
}
