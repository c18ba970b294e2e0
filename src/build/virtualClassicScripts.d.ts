declare module 'virtual:classic-scripts' {
  /** Each classic script's address by name (src/build/classicScripts.ts), under the site's base. */
  export const classicScriptUrls: Readonly<Record<string, string>>;
}
