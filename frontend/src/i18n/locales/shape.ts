/** The keys of a translation tree with any string as value: what another language must provide. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }
