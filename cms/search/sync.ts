// Search sync is split by job: the engine (`engine.ts`), the collections' hooks (`hooks.ts`),
// rebuilding (`rebuild.ts`), Meilisearch's catching up (`meiliSync.ts`) and the document
// loaders (`load.ts`). These two stay here for importers outside this change (the site's
// data access and payload.config.ts) until they import from the modules themselves.
export { searchEngine } from './engine.ts'
export { startSearchSync } from './meiliSync.ts'
