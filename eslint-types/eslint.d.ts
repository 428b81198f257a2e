/**
 * Types for ESLint only (tsconfig.eslint.json); astro check has its own. typescript-eslint
 * runs plain TypeScript, which does not know a `.astro` import (Astro's language tools do):
 * here it is a component.
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
