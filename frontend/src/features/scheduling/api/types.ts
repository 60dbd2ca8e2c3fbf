/** A page of a list. totalElements is -1 where the server does not count (appointments); hasNext is always right. */
export type PageOf<T> = { content: T[]; page: number; size: number; totalElements: number; hasNext: boolean }
