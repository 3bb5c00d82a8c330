// Side-effect CSS imports are resolved by esbuild, not by TypeScript.
declare module '*.css';
