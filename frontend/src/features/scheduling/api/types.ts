/** A page of a list with the number of items the whole list holds. */
export type PageOf<T> = { content: T[]; page: number; size: number; totalElements: number; hasNext: boolean }
