// The value types of variables and the vectors that hold them: the engine's leaf types,
// imported by variables, populations and the vector helpers alike.

export type ValueType = "float" | "int" | "bool" | "enum" | "date" | "str";
export type NumericVector = Float64Array | Int32Array | Uint8Array;
export type Vector = NumericVector | string[];
export type FormulaResult = NumericVector | ArrayLike<number> | number | boolean | string[];
