/** The app's version and commit, set by vite.config.ts (define): a checks report says what checked it. */
declare const __APP_VERSION__: string;
