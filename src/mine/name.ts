/** The IndexedDB database of My reports (db.ts opens it; queries.ts asks whether it exists). */
export const MINE_DB = 'disclosure-my-reports';
