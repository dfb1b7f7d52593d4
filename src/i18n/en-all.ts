import { en } from './en';
import { enMine } from './en-mine';
import { enReview } from './en-review';
import { enImport } from './en-import';
import { enLater } from './en-later';
import { enData } from './en-data';

/** Every English string at once, for tests and the benchmark (the app adds en-mine.ts as its chunks load). */
export const enAll = { ...en, ...enMine, ...enReview, ...enImport, ...enLater, ...enData };
