/// <reference types="vite/client" />

/** A message file's messages, parsed at build time: the JSON of their syntax tree (`fluentMessages` in vite.config.ts). */
declare module "*.ftl?messages" {
  const json: string;
  export default json;
}
