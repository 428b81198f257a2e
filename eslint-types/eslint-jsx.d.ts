/**
 * For ESLint only (tsconfig.eslint.json): Astro types a JSX element as `HTMLElement | any`,
 * to allow other frameworks' JSX, so every template expression reads as `any` to
 * typescript-eslint's unsafe-any rules. This site renders no other framework: an element
 * is an HTMLElement, as eslint-plugin-astro's documentation recommends.
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
