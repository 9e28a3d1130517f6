/**
 * The saved page's template, written beside index.html by the build (vite.standalone.config.ts);
 * Save as HTML fetches it. Kept apart, free of imports, for the build's configuration to read.
 */
export const SAVED_PAGE_TEMPLATE = "saved-page.html";
